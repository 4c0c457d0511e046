package com.meterbook.ui.importing;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.Formats;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import com.meterbook.ui.common.UsageImportJob;
import com.meterbook.ui.common.UsageImportJob.FileOutcome;
import com.meterbook.ui.common.UsageImportJob.FileToImport;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Usage import: choose files and a format, import them in the background with progress and records
 * per second, cancel at the next chunk. The summary shows what each file did.
 */
public final class ImportViewModel {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final LongSupplier nanoTime;

    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObjectProperty<UsageFormat> format = new SimpleObjectProperty<>(this, "format", UsageFormat.GENERIC);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<ImportResultRow> results = FXCollections.observableArrayList();
    private final BooleanBinding canImport;

    private BackgroundTask<UsageImportJob.Result> current;
    private Path lastFolder;

    public ImportViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs, LongSupplier nanoTime) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        this.nanoTime = nanoTime;
        this.canImport = Bindings.isNotEmpty(files).and(running.not()).and(format.isNotNull());
    }

    public List<UsageFormat> formats() {
        return List.of(UsageFormat.values());
    }

    public void chooseFiles() {
        List<Path> chosen = dialogs.chooseFiles("Choose usage files", lastFolder);
        if (!chosen.isEmpty()) {
            files.setAll(chosen);
            lastFolder = chosen.getFirst().toAbsolutePath().getParent();
        }
    }

    public void startImport() {
        if (!canImport.get()) {
            return;
        }
        UsageFormat chosenFormat = format.get();
        List<FileToImport> toImport = files.stream().map(f -> new FileToImport(f, chosenFormat)).toList();
        running.set(true);
        cancelling.set(false);
        progress.set(0);
        status.set("Starting…");
        summary.set("");
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
    public void cancel() {
        if (current != null && running.get()) {
            current.cancel();
            cancelling.set(true);
            status.set("Cancelling after the current chunk…");
        }
    }

    private void finished(UsageImportJob.Result result) {
        current = null;
        running.set(false);
        cancelling.set(false);
        progress.set(result.cancelled() ? progress.get() : 1);
        results.setAll(result.files().stream().map(ImportViewModel::row).toList());
        StringBuilder text = new StringBuilder("Imported ").append(Formats.count(result.imported()))
                .append(" · duplicates ").append(Formats.count(result.duplicates()))
                .append(" · exceptions ").append(Formats.count(result.exceptions()));
        if (result.rejected() > 0) {
            text.append(" · ").append(result.rejected()).append(result.rejected() == 1 ? " file rejected" : " files rejected");
        }
        summary.set(text.toString());
        status.set(result.cancelled()
                ? "Cancelled: whole chunks were kept. Import the same file again to finish it."
                : "Done.");
    }

    private static ImportResultRow row(FileOutcome f) {
        String name = f.file().getFileName().toString();
        if (f.rejected()) {
            return new ImportResultRow(name, f.format().cliName(), "", "", "", "Rejected: " + f.rejection());
        }
        var s = f.summary();
        return new ImportResultRow(name, f.format().cliName(), Formats.count(s.imported()), Formats.count(s.duplicates()),
                Formats.count(s.exceptions()), s.cancelled() ? "Cancelled" : "Done");
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ObjectProperty<UsageFormat> formatProperty() {
        return format;
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

    public ObservableList<ImportResultRow> results() {
        return results;
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }
}
