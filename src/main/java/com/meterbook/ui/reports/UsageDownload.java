package com.meterbook.ui.reports;

import com.meterbook.operations.UsageStatementCsv;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.Formats;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * "Download usage CSV…": a customer's rated records of a cycle written as CSV in the background,
 * a page at a time (so a million records never sit in memory), cancellable between records.
 */
public final class UsageDownload {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final StringProperty message;
    private final ObservableList<String> accounts = FXCollections.observableArrayList();
    private final ObservableList<YearMonth> periods = FXCollections.observableArrayList();
    private final ObjectProperty<String> account = new SimpleObjectProperty<>(this, "account");
    private final ObjectProperty<YearMonth> period = new SimpleObjectProperty<>(this, "period");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final java.util.function.BooleanSupplier excelBom;
    private BackgroundTask<UsageStatementCsv.Written> task;

    /** @param excelBom whether the screen asks for a UTF-8 byte-order mark (Excel) at the start of the CSV */
    UsageDownload(LedgerService ledger, TaskExecutor executor, DialogService dialogs, StringProperty message,
                  java.util.function.BooleanSupplier excelBom) {
        this.excelBom = excelBom;
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        this.message = message;
    }

    void choices(List<String> newAccounts, List<YearMonth> newPeriods) {
        String keepAccount = account.get();
        YearMonth keepPeriod = period.get();
        accounts.setAll(newAccounts);
        periods.setAll(newPeriods);
        account.set(accounts.contains(keepAccount) ? keepAccount : accounts.isEmpty() ? null : accounts.getFirst());
        period.set(periods.contains(keepPeriod) ? keepPeriod : periods.isEmpty() ? null : periods.getFirst());
    }

    /** Asks where to save, then writes the chosen customer's usage of the chosen cycle. */
    public void download() {
        String a = account.get();
        YearMonth p = period.get();
        if (a == null || p == null || running.get()) {
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile("Save the usage CSV", "usage-" + a + "-" + p + ".csv");
        if (target.isEmpty()) {
            return;
        }
        boolean bom = excelBom.getAsBoolean();
        running.set(true);
        message.set("Writing the usage of " + a + " for " + p + "…");
        BackgroundTask<UsageStatementCsv.Written> t = BackgroundTask.of(context ->
                UsageStatementCsv.write(ledger.usageBrowser(), a, p, target.get(), bom, context::isCancelled));
        task = t;
        executor.execute(t
                .onSuccess(w -> {
                    running.set(false);
                    message.set("Wrote " + Formats.count(w.records()) + " records of " + a + " (" + p + ") to " + target.get());
                })
                .onFailure(e -> {
                    running.set(false);
                    if (e instanceof UsageStatementCsv.Cancelled) {
                        message.set("Cancelled: no file was written.");
                    } else {
                        message.set("");
                        dialogs.showError("Usage CSV", e.getMessage());
                    }
                }));
    }

    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    public ObservableList<String> accounts() {
        return accounts;
    }

    public ObservableList<YearMonth> periods() {
        return periods;
    }

    public ObjectProperty<String> accountProperty() {
        return account;
    }

    public ObjectProperty<YearMonth> periodProperty() {
        return period;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
