package com.meterbook.ui.dropfolder;

import com.meterbook.ledger.DropFolderSettings;
import com.meterbook.operations.DropFolder;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The drop folder panel: the ledger's drop folder (choose, on/off, stable interval, applied with Apply) and,
 * while the window is open and watching is on, a look at the folder every {@link #POLL} in the background.
 * Its imports go through {@link LedgerService#importUsage}, so they take turns with manual imports. What was
 * picked up is listed newest first.
 */
public final class DropFolderViewModel implements AutoCloseable {

    public static final Duration POLL = Duration.ofSeconds(2);
    static final int KEPT = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final IntegerProperty stableSeconds = new SimpleIntegerProperty(this, "stableSeconds", 2);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No drop folder set.");
    private final ObservableList<String> pickedUp = FXCollections.observableArrayList();
    private DropFolder watcher;
    private boolean scanning;
    private volatile boolean closing;
    private TaskExecutor.Cancellable timer;

    public DropFolderViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Reads the setting and starts looking at the folder every {@link #POLL}. */
    public void start() {
        executor.execute(BackgroundTask.of(c -> ledger.dropFolderConfig().load()).onSuccess(loaded -> {
            loaded.ifPresent(s -> {
                folder.set(s.folder().toString());
                enabled.set(s.enabled());
                stableSeconds.set((int) s.stable().toSeconds());
            });
            activate(loaded);
        }).onFailure(e -> status.set("Drop folder: " + e.getMessage())));
        timer = executor.every(POLL, this::poll);
    }

    public void chooseFolder() {
        Path initial = folder.get().isBlank() ? null : Path.of(folder.get());
        dialogs.chooseFolder("Choose the drop folder", initial).ifPresent(p -> folder.set(p.toAbsolutePath().toString()));
    }

    /** Saves the panel's setting and watches accordingly; a folder that is not there is refused. */
    public void apply() {
        if (folder.get().isBlank()) {
            dialogs.showError("Drop folder", "Choose a folder first.");
            return;
        }
        DropFolderSettings wanted = new DropFolderSettings(Path.of(folder.get()), enabled.get(), Duration.ofSeconds(stableSeconds.get()));
        executor.execute(BackgroundTask.of(c -> {
            if (!Files.isDirectory(wanted.folder())) {
                throw new IllegalArgumentException(wanted.folder() + " is not a folder.");
            }
            ledger.dropFolderConfig().save(wanted);
            return wanted;
        }).onSuccess(saved -> activate(Optional.of(saved)))
                .onFailure(e -> dialogs.showError("Drop folder not saved", e.getMessage())));
    }

    private void activate(Optional<DropFolderSettings> settings) {
        watcher = settings.filter(DropFolderSettings::enabled)
                .map(s -> new DropFolder(s.folder(), s.stable(), ledger.clock(), ledger::importUsage)).orElse(null);
        status.set(settings.map(s -> s.enabled()
                ? "Watching " + s.folder() + ": files are imported once unchanged for " + s.stable().toSeconds() + " s."
                : "Not watching " + s.folder() + ".").orElse("No drop folder set."));
    }

    /** One look at the folder in the background, unless the last one is still at work. */
    void poll() {
        if (watcher == null || scanning || closing) {
            return;
        }
        scanning = true;
        DropFolder looking = watcher;
        executor.execute(BackgroundTask.of(c -> {
            List<DropFolder.Outcome> outcomes = looking.scanOnce(() -> closing || c.isCancelled());
            String at = outcomes.isEmpty() ? "" : LocalTime.now(ledger.clock().withZone(ledger.settings().zone())).format(TIME);
            return new Look(at, outcomes);
        }).onSuccess(look -> {
            scanning = false;
            look.outcomes().forEach(o -> pickedUp.addFirst(look.at() + "  " + o.line()));
            if (pickedUp.size() > KEPT) {
                pickedUp.remove(KEPT, pickedUp.size());
            }
        }).onFailure(e -> {
            scanning = false;
            status.set("Drop folder: " + e.getMessage());
        }));
    }

    private record Look(String at, List<DropFolder.Outcome> outcomes) {
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public IntegerProperty stableSecondsProperty() {
        return stableSeconds;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<String> pickedUp() {
        return pickedUp;
    }

    /** Stops looking; an import in progress stops after its current chunk and resumes next time. */
    @Override
    public void close() {
        closing = true;
        if (timer != null) {
            timer.cancel();
        }
    }
}
