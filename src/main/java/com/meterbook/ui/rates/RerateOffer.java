package com.meterbook.ui.rates;

import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * After rates, bands or holidays are saved, the screen offers to re-rate the open cycle: records already
 * rated keep their charges until then. The re-rate runs in the background; the dashboard follows.
 */
public final class RerateOffer {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(this, "offered");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    RerateOffer(LedgerService ledger, TaskExecutor executor, DialogService dialogs) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    void offer(String what) {
        offered.set(true);
        message.set(what + " Records already rated keep their charges until the open cycle is re-rated.");
    }

    public void rerate() {
        if (running.get()) {
            return;
        }
        running.set(true);
        progress.set(-1);
        message.set("Re-rating the open cycle…");
        executor.execute(BackgroundTask.of(context -> ledger.rerateOpenCycle())
                .onSuccess(summary -> {
                    running.set(false);
                    offered.set(false);
                    progress.set(1);
                    message.set("Re-rated: " + summary.line() + ". The dashboard shows the new balances.");
                })
                .onFailure(e -> {
                    running.set(false);
                    progress.set(0);
                    message.set("Re-rate failed: " + e.getMessage());
                    dialogs.showError("Re-rate", "The open cycle could not be re-rated: " + e.getMessage());
                }));
    }

    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
