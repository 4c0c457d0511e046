package com.meterbook.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Loads a screen's data in the background, one load at a time, and never loses a request: a
 * {@link #request()} while a load runs is remembered, and however many arrive, exactly one more load
 * runs after it (with the state of that moment, since {@code load} is asked for new work each time).
 * <p>
 * {@link #follow} makes it reload when a value moves (the ledger's change stamp), but only while the
 * screen is {@linkplain #setActive active} and only when the value differs from the one the shown
 * data (or the load under way) was started for. Call everything on the UI thread.
 * <pre>{@code
 * reloader = new Reloader<>(executor, () -> context -> ledger.cycle(wanted), this::show, this::failed);
 * reloader.follow(watcher.stampProperty());
 * shell.whenShown(Page.DASHBOARD, reloader::setActive);
 * }</pre>
 * A failed load drops a remembered request: the next change or request loads again.
 */
public final class Reloader<V> {

    private final TaskExecutor executor;
    private final Supplier<BackgroundTask.Work<V>> load;
    private final Consumer<? super V> loaded;
    private final Consumer<? super Throwable> failed;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private ObservableValue<?> followed;
    private Object shownFor;
    private Object loadingFor;
    private boolean again;
    private boolean active;

    public Reloader(TaskExecutor executor, Supplier<BackgroundTask.Work<V>> load, Consumer<? super V> loaded,
                    Consumer<? super Throwable> failed) {
        this.executor = Objects.requireNonNull(executor);
        this.load = Objects.requireNonNull(load);
        this.loaded = Objects.requireNonNull(loaded);
        this.failed = Objects.requireNonNull(failed);
    }

    /** Reloads whenever {@code changes} moves away from what the shown data was loaded for, while active. */
    public void follow(ObservableValue<?> changes) {
        this.followed = changes;
        changes.addListener((o, old, now) -> {
            if (active && now != null && !now.equals(loading.get() ? loadingFor : shownFor)) {
                request();
            }
        });
    }

    /** Shown (loads now) or hidden (follows nothing, loads nothing more; a load under way still finishes). */
    public void setActive(boolean active) {
        this.active = active;
        if (active) {
            request();
        } else {
            again = false;
        }
    }

    public boolean isActive() {
        return active;
    }

    /** Loads now, or once more after the load under way. */
    public void request() {
        if (loading.get()) {
            again = true;
            return;
        }
        loading.set(true);
        loadingFor = followed == null ? null : followed.getValue();
        executor.execute(BackgroundTask.of(load.get())
                .onSuccess(value -> {
                    shownFor = loadingFor;
                    loading.set(false);
                    loaded.accept(value);
                    runAgain();
                })
                .onFailure(e -> {
                    loading.set(false);
                    again = false;
                    failed.accept(e);
                }));
    }

    private void runAgain() {
        if (again && !loading.get()) {
            again = false;
            request();
        }
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
