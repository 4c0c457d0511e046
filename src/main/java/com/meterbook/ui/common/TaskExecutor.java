package com.meterbook.ui.common;

import java.time.Duration;

/**
 * The one way view models get work off the UI thread. {@link FxTaskExecutor} runs it on worker
 * threads; {@link CurrentThreadTaskExecutor} runs it at once, for view-model tests without a toolkit.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Starts the task and returns it; call from the UI thread. */
    <V> BackgroundTask<V> execute(BackgroundTask<V> task);

    /** Runs {@code action} on the UI thread every {@code period} until cancelled or closed. */
    Cancellable every(Duration period, Runnable action);

    /** Stops the timers; running work finishes at its next cancel point or runs out on daemon threads. */
    @Override
    void close();

    /** Something that can be stopped. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
