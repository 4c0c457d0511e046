package com.meterbook.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.BooleanProperty;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Work for a {@link TaskExecutor}: {@link Work#call} runs off the UI thread on a snapshot of what it
 * needs; the success and failure handlers and the properties change on the UI thread only.
 * Cancelling is cooperative: the work asks {@link Context#isCancelled()} and stops at a safe point.
 * No thread is ever interrupted, because an interrupt inside H2's file I/O closes the database.
 */
public final class BackgroundTask<V> {

    /** The work itself. */
    @FunctionalInterface
    public interface Work<V> {
        V call(Context context) throws Exception;
    }

    /** What the work may tell, and ask, while it runs; callable from the worker thread. */
    public interface Context {
        boolean isCancelled();

        void updateProgress(double done, double total);

        void updateMessage(String message);
    }

    private static final System.Logger LOG = System.getLogger(BackgroundTask.class.getName());

    private final Work<V> work;
    private Consumer<? super V> onSuccess = value -> { };
    private Consumer<? super Throwable> onFailure = e -> LOG.log(System.Logger.Level.ERROR, "background task failed", e);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    private BackgroundTask(Work<V> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <V> BackgroundTask<V> of(Work<V> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<V> onSuccess(Consumer<? super V> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<? super Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Asks the work to stop at its next safe point; it then ends normally or with what it has. */
    public void cancel() {
        cancelRequested.set(true);
    }

    public boolean isCancelRequested() {
        return cancelRequested.get();
    }

    /** From 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    // for executors: called on the worker thread
    V call(Context context) throws Exception {
        return work.call(context);
    }

    // for executors: called on the UI thread
    void started() {
        running.set(true);
    }

    void progressed(double fraction, String text) {
        if (fraction >= 0) {
            progress.set(Math.min(1, fraction));
        }
        if (text != null) {
            message.set(text);
        }
    }

    void succeeded(V value) {
        running.set(false);
        onSuccess.accept(value);
    }

    void failed(Throwable error) {
        running.set(false);
        onFailure.accept(error);
    }
}
