package com.meterbook.ui.desktop;

import com.sun.management.GarbageCollectionNotificationInfo;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ProgressBar;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Watches the FX thread while work runs: an AnimationTimer notes the longest gap between two pulses
 * (a gap is time the FX thread could not draw or answer), a listener counts the progress bar's changes,
 * and the JVM's collection notifications give the longest stop-the-world pause to compare with.
 * Start and stop it on the FX thread.
 */
final class PulseWatch {

    record Report(long pulses, double longestGapMs, double longestGapAtSeconds, long gapsOver50, long gapsOver100,
                  long progressChanges, double seconds, long collections, double longestPauseMs, String longestPauseKind,
                  double pausesMs) {

        String describe() {
            return String.format("longest pulse gap: %.0f ms (at %.1f s); pulses: %,d (%.1f a second); gaps over 50 ms: %d, over 100 ms: %d%n"
                            + "progress updates: %d (changes of the progress bar's value)%n"
                            + "GC: %d pauses, %.0f ms in all, longest %.0f ms (%s)",
                    longestGapMs, longestGapAtSeconds, pulses, pulses / Math.max(0.001, seconds), gapsOver50, gapsOver100,
                    progressChanges, collections, pausesMs, longestPauseMs, longestPauseKind);
        }
    }

    private final ProgressBar bar;
    private final long started = System.nanoTime();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final AtomicLong collections = new AtomicLong();
    private final AtomicLong pausesMicros = new AtomicLong();
    private final AtomicReference<double[]> longestPause = new AtomicReference<>(new double[] {0});
    private volatile String longestPauseKind = "none";
    private long progressChanges;
    private final ChangeListener<Number> progressListener = (o, old, now) -> progressChanges++;
    private long pulses;
    private long last = -1;
    private long longestGap;
    private long longestGapAt;
    private long gapsOver50;
    private long gapsOver100;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long t = System.nanoTime();
            if (last >= 0) {
                long gap = t - last;
                if (gap > longestGap) {
                    longestGap = gap;
                    longestGapAt = t - started;
                }
                gapsOver50 += gap > 50_000_000 ? 1 : 0;
                gapsOver100 += gap > 100_000_000 ? 1 : 0;
            }
            last = t;
            pulses++;
        }
    };

    private PulseWatch(ProgressBar bar) {
        this.bar = bar;
    }

    static PulseWatch start(ProgressBar bar) {
        PulseWatch watch = new PulseWatch(bar);
        bar.progressProperty().addListener(watch.progressListener);
        watch.watchCollections();
        watch.timer.start();
        return watch;
    }

    Report stop() {
        timer.stop();
        bar.progressProperty().removeListener(progressListener);
        unsubscribe.forEach(Runnable::run);
        return new Report(pulses, longestGap / 1e6, longestGapAt / 1e9, gapsOver50, gapsOver100, progressChanges,
                (System.nanoTime() - started) / 1e9, collections.get(), longestPause.get()[0], longestPauseKind,
                pausesMicros.get() / 1e3);
    }

    private void watchCollections() {
        NotificationListener listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            if (!info.getGcAction().startsWith("end of") || info.getGcName().endsWith("Cycles")) {
                return; // concurrent cycles (ZGC reports them as "... Cycles") do not stop the application
            }
            long ms = info.getGcInfo().getDuration();
            collections.incrementAndGet();
            pausesMicros.addAndGet(ms * 1000);
            if (ms > longestPause.get()[0]) {
                longestPause.set(new double[] {ms});
                longestPauseKind = info.getGcName() + ", " + info.getGcCause();
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
    }
}
