package com.meterbook.ui.importing;

import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.Formats;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import com.meterbook.ui.common.UsageImportJob;
import com.meterbook.ui.common.UsageImportJob.FileOutcome;
import com.meterbook.ui.common.UsageImportJob.FileToImport;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One import of the screen's files in the background: progress, records per second, a cancel that
 * stops after the chunk being written, the summary per file, and the way to the exceptions it queued.
 */
public final class ImportRun {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final LongSupplier nanoTime;
    private final Consumer<List<Path>> openExceptions;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper exceptionsLink = new ReadOnlyStringWrapper(this, "exceptionsLink", "");
    private final ObservableList<ImportResultRow> results = FXCollections.observableArrayList();
    private BackgroundTask<UsageImportJob.Result> current;
    private List<Path> withExceptions = List.of();

    ImportRun(LedgerService ledger, TaskExecutor executor, DialogService dialogs, LongSupplier nanoTime,
              Consumer<List<Path>> openExceptions) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        this.nanoTime = nanoTime;
        this.openExceptions = openExceptions;
    }

    void start(List<FileToImport> toImport) {
        running.set(true);
        cancelling.set(false);
        progress.set(0);
        status.set("Starting…");
        summary.set("");
        exceptionsLink.set("");
        withExceptions = List.of();
        results.clear();
        BackgroundTask<UsageImportJob.Result> task = BackgroundTask.of(
                context -> new UsageImportJob(ledger, nanoTime).run(toImport, context));
        task.progressProperty().addListener((o, old, now) -> progress.set(now.doubleValue()));
        task.messageProperty().addListener((o, old, now) -> status.set(now));
        current = task;
        executor.execute(task.onSuccess(this::finished).onFailure(e -> {
            current = null;
            running.set(false);
            cancelling.set(false);
            status.set("The import stopped; whole chunks were kept.");
            dialogs.showError("Import", "The import stopped: " + e.getMessage()
                    + "\nWhat was committed is whole; import the file again to finish it.");
        }));
    }

    /** Stops after the chunk being written: what is committed stays, whole. */
    void cancel() {
        if (current != null && running.get()) {
            current.cancel();
            cancelling.set(true);
            status.set("Cancelling after the current chunk…");
        }
    }

    /** Shows the exception queue, for the files of the last import that queued any. */
    public void showExceptions() {
        if (!withExceptions.isEmpty()) {
            openExceptions.accept(withExceptions);
        }
    }

    private void finished(UsageImportJob.Result result) {
        current = null;
        running.set(false);
        cancelling.set(false);
        progress.set(result.cancelled() ? progress.get() : 1);
        results.setAll(result.files().stream().map(ImportRun::row).toList());
        StringBuilder text = new StringBuilder("Imported ").append(Formats.count(result.imported()))
                .append(" · duplicates ").append(Formats.count(result.duplicates()))
                .append(" · exceptions ").append(Formats.count(result.exceptions()));
        if (result.rejected() > 0) {
            text.append(" · ").append(result.rejected()).append(result.rejected() == 1 ? " file rejected" : " files rejected");
        }
        summary.set(text.toString());
        withExceptions = result.files().stream().filter(f -> !f.rejected() && f.summary().exceptions() > 0)
                .map(FileOutcome::file).toList();
        long queued = result.exceptions();
        exceptionsLink.set(queued == 0 ? "" : "Show the " + Formats.count(queued) + (queued == 1 ? " exception" : " exceptions")
                + (withExceptions.size() == 1 ? " from " + withExceptions.getFirst().getFileName() : ""));
        status.set(result.cancelled()
                ? "Cancelled: whole chunks were kept. Import the same file again to finish it."
                : "Done.");
    }

    private static ImportResultRow row(FileOutcome f) {
        String name = f.file().getFileName().toString();
        if (f.rejected()) {
            return new ImportResultRow(name, f.format(), "", "", "", "Rejected: " + f.rejection());
        }
        var s = f.summary();
        return new ImportResultRow(name, f.format(), Formats.count(s.imported()), Formats.count(s.duplicates()),
                Formats.count(s.exceptions()), s.cancelled() ? "Cancelled" : "Done");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The link's text, empty when the last import queued no exception. */
    public ReadOnlyStringProperty exceptionsLinkProperty() {
        return exceptionsLink.getReadOnlyProperty();
    }

    public ObservableList<ImportResultRow> results() {
        return results;
    }
}
