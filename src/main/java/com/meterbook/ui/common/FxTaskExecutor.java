package com.meterbook.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.concurrent.Task;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each {@link BackgroundTask} as a {@link javafx.concurrent.Task} on a small pool of daemon
 * threads; the task's progress, message and outcome reach the view model on the FX thread, coalesced
 * by the Task as usual. Timers are {@link Timeline}s, so their actions run on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService pool;
    private final List<Timeline> timers = new CopyOnWriteArrayList<>();

    public FxTaskExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "meterbook-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
        FxTask<V> fx = new FxTask<>(task);
        onFxThread(() -> {
            task.started();
            fx.progressProperty().addListener((obs, old, now) -> task.progressed(now.doubleValue(), null));
            fx.messageProperty().addListener((obs, old, now) -> task.progressed(-1, now));
            fx.setOnSucceeded(e -> task.succeeded(fx.getValue()));
            fx.setOnFailed(e -> task.failed(fx.getException()));
            if (pool.isShutdown()) {
                return; // the window is closing: work asked for by a load that just finished is not started
            }
            pool.execute(fx);
        });
        return task;
    }

    /**
     * The JavaFX task that carries a {@link BackgroundTask}. It does not override
     * {@link Task#isCancelled()}: a cancel request is the BackgroundTask's own flag, so work that stops
     * early still succeeds with what it did.
     */
    private static final class FxTask<V> extends Task<V> {
        private final BackgroundTask<V> task;

        FxTask(BackgroundTask<V> task) {
            this.task = task;
        }

        @Override
        protected V call() throws Exception {
            return task.call(new BackgroundTask.Context() {
                @Override
                public boolean isCancelled() {
                    return task.isCancelRequested();
                }

                @Override
                public void updateProgress(double done, double total) {
                    progress(done, total);
                }

                @Override
                public void updateMessage(String message) {
                    message(message);
                }
            });
        }

        private void progress(double done, double total) {
            updateProgress(done, total);
        }

        private void message(String message) {
            updateMessage(message);
        }
    }

    @Override
    public Cancellable every(Duration period, Runnable action) {
        Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> action.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timers.add(timeline);
        onFxThread(timeline::play);
        return () -> {
            timers.remove(timeline);
            onFxThread(timeline::stop);
        };
    }

    @Override
    public void close() {
        timers.forEach(t -> onFxThread(t::stop));
        timers.clear();
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
