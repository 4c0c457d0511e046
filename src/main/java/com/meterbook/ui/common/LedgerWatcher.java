package com.meterbook.ui.common;

import com.meterbook.ledger.ReportQueries.ChangeStamp;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Duration;

/**
 * Polls the ledger's change stamp in the background, one query at a time, and publishes it on the UI
 * thread only when it moved. Screens reload when it does, whoever changed the ledger.
 */
public final class LedgerWatcher implements AutoCloseable {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<ChangeStamp> stamp = new ReadOnlyObjectWrapper<>(this, "stamp");
    private boolean polling;
    private TaskExecutor.Cancellable timer;

    public LedgerWatcher(LedgerService ledger, TaskExecutor executor) {
        this.ledger = ledger;
        this.executor = executor;
    }

    public void start(Duration period) {
        if (timer == null) {
            timer = executor.every(period, this::poll);
            poll();
        }
    }

    /** Reads the stamp unless a read is already under way. */
    public void poll() {
        if (polling) {
            return;
        }
        polling = true;
        executor.execute(BackgroundTask.of(context -> ledger.changeStamp())
                .onSuccess(now -> {
                    polling = false;
                    if (!now.equals(stamp.get())) {
                        stamp.set(now);
                    }
                })
                .onFailure(e -> polling = false));
    }

    public ReadOnlyObjectProperty<ChangeStamp> stampProperty() {
        return stamp.getReadOnlyProperty();
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
