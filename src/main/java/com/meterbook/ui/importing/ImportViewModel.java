package com.meterbook.ui.importing;

import com.meterbook.ingest.FormatDetector;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import com.meterbook.ui.common.UsageImportJob;
import com.meterbook.ui.common.UsageImportJob.FileToImport;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Usage import: files chosen or dropped, each with the format detected from its first lines (which
 * the user may override), a preview of the selected file's first records as the import reads them,
 * then the import in the background with progress and records per second, cancelled at the next
 * chunk. The summary shows what each file did and leads to the exceptions it queued.
 */
public final class ImportViewModel {

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ImportPreviewModel preview;
    private final ImportRun run;

    private final ObservableList<ImportFile> files = FXCollections.observableArrayList(
            f -> new javafx.beans.Observable[]{f.formatProperty(), f.readAsProperty()});
    private final ObjectProperty<ImportFile> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<UsageFormat> format = new SimpleObjectProperty<>(this, "format");
    private final ObjectProperty<ReadAs> readAs = new SimpleObjectProperty<>(this, "readAs");
    private final ObservableList<ReadAs> choices = FXCollections.observableArrayList();
    private final LedgerService ledger;
    private final ReadOnlyBooleanWrapper detecting = new ReadOnlyBooleanWrapper(this, "detecting");
    private final BooleanBinding canImport;
    private Path lastFolder;
    private boolean assigning;

    public ImportViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs, LongSupplier nanoTime,
                           Consumer<List<Path>> openExceptions) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        choices.setAll(builtIn());
        this.preview = new ImportPreviewModel(ledger, executor);
        this.run = new ImportRun(ledger, executor, dialogs, nanoTime, openExceptions);
        this.canImport = Bindings.createBooleanBinding(() -> !files.isEmpty() && !detecting.get() && !run.runningProperty().get()
                && files.stream().allMatch(ImportFile::ready), files, detecting, run.runningProperty());
        selected.addListener((o, old, now) -> {
            assigning = true;
            readAs.set(now == null ? null : now.readAsProperty().get());
            format.set(now == null ? null : now.formatProperty().get());
            assigning = false;
            preview.show(now);
        });
        readAs.addListener((o, old, now) -> {
            ImportFile file = selected.get();
            if (!assigning && file != null && now != null && !now.equals(file.readAsProperty().get())) {
                file.readAsProperty().set(now);
                assigning = true;
                format.set(file.formatProperty().get());
                assigning = false;
                preview.show(file);
            }
        });
        format.addListener((o, old, now) -> {
            ImportFile file = selected.get();
            if (!assigning && file != null && now != null && now != file.formatProperty().get()) {
                readAs.set(ReadAs.format(now));
            }
        });
    }

    private static List<ReadAs> builtIn() {
        List<ReadAs> list = new java.util.ArrayList<>();
        list.add(ReadAs.AUTO);
        for (UsageFormat f : UsageFormat.values()) {
            list.add(ReadAs.format(f));
        }
        return list;
    }

    /** Called when the screen is shown: the saved mapping profiles are read again (another screen may have saved one). */
    public void setActive(boolean active) {
        if (!active) {
            return;
        }
        executor.execute(BackgroundTask.of(context -> ledger.mappingProfiles().list().stream()
                        .map(p -> ReadAs.profile(p.name())).toList())
                .onSuccess(profiles -> {
                    List<ReadAs> all = builtIn();
                    all.addAll(profiles);
                    choices.setAll(all);
                })
                .onFailure(e -> dialogs.showError("Import", "The mapping profiles could not be read: " + e.getMessage())));
    }

    /** What a file can be read as: auto-detect, each built-in format, each saved mapping profile. */
    public ObservableList<ReadAs> choices() {
        return choices;
    }

    /** How the selected file is read: choosing another overrides what was detected, for the preview and the import. */
    public ObjectProperty<ReadAs> readAsProperty() {
        return readAs;
    }

    public List<UsageFormat> formats() {
        return List.of(UsageFormat.values());
    }

    /** Adds the files the user chooses. */
    public void chooseFiles() {
        List<Path> chosen = dialogs.chooseFiles("Choose usage files", lastFolder);
        if (!chosen.isEmpty()) {
            lastFolder = chosen.getFirst().toAbsolutePath().getParent();
            addFiles(chosen);
        }
    }

    /** Adds files (chosen or dropped) not already listed, tells their formats in the background and selects the first. */
    public void addFiles(List<Path> paths) {
        if (run.runningProperty().get()) {
            return;
        }
        List<ImportFile> added = paths.stream().distinct()
                .filter(p -> files.stream().noneMatch(f -> f.path().equals(p)))
                .map(ImportFile::new).toList();
        if (added.isEmpty()) {
            return;
        }
        files.addAll(added);
        detecting.set(true);
        executor.execute(BackgroundTask.of(context -> added.stream().map(f -> FormatDetector.detect(f.path())).toList())
                .onSuccess(detections -> {
                    for (int i = 0; i < added.size(); i++) {
                        added.get(i).detected(detections.get(i));
                    }
                    detecting.set(false);
                    selected.set(null);
                    selected.set(added.getFirst());
                })
                .onFailure(e -> {
                    detecting.set(false);
                    dialogs.showError("Import", "The files could not be read: " + e.getMessage());
                }));
    }

    /** Takes the selected file off the list. */
    public void removeSelected() {
        ImportFile file = selected.get();
        if (file != null && !run.runningProperty().get()) {
            files.remove(file);
            selected.set(files.isEmpty() ? null : files.getFirst());
        }
    }

    public void startImport() {
        if (canImport.get()) {
            run.start(files.stream().map(f -> new FileToImport(f.path(), f.formatProperty().get(), f.profile())).toList());
        }
    }

    public void cancel() {
        run.cancel();
    }

    public ObservableList<ImportFile> files() {
        return files;
    }

    public ObjectProperty<ImportFile> selectedProperty() {
        return selected;
    }

    /** The built-in format the selected file is read in (none through a profile): setting one chooses it. */
    public ObjectProperty<UsageFormat> formatProperty() {
        return format;
    }

    public ReadOnlyBooleanProperty detectingProperty() {
        return detecting.getReadOnlyProperty();
    }

    public ImportPreviewModel preview() {
        return preview;
    }

    public ImportRun run() {
        return run;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return run.runningProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return run.cancellingProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return run.progressProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return run.statusProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return run.summaryProperty();
    }

    public ObservableList<ImportResultRow> results() {
        return run.results();
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }
}
