package com.meterbook.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs each task at once on the calling thread, and timers only when {@link #tick()} is called: view
 * models run under it in plain JUnit, with no toolkit and no waiting.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final List<Runnable> timers = new ArrayList<>();

    @Override
    public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
        task.started();
        V value;
        try {
            value = task.call(new BackgroundTask.Context() {
                @Override
                public boolean isCancelled() {
                    return task.isCancelRequested();
                }

                @Override
                public void updateProgress(double done, double total) {
                    task.progressed(total > 0 ? done / total : -1, null);
                }

                @Override
                public void updateMessage(String message) {
                    task.progressed(-1, message);
                }
            });
        } catch (Exception e) {
            task.failed(e);
            return task;
        }
        task.succeeded(value);
        return task;
    }

    @Override
    public Cancellable every(Duration period, Runnable action) {
        timers.add(action);
        return () -> timers.remove(action);
    }

    /** Runs every live timer's action once, as if its period had passed. */
    public void tick() {
        List.copyOf(timers).forEach(Runnable::run);
    }

    @Override
    public void close() {
        timers.clear();
    }
}
