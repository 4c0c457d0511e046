package com.meterbook.ui.sources;

import com.meterbook.operations.SourcePull;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The pull sources screen: each source's last pull, last success and last error, a Pull now for the
 * selected one, and the schedule, which runs in the background while the desktop is open. A pull that
 * meets a host key never accepted asks whether to accept it (showing its fingerprint) and pulls again.
 */
public final class SourcesViewModel {

    /** How often the desktop looks for sources that are due. */
    public static final Duration TICK = Duration.ofSeconds(30);

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<SourceLine> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SourceLine> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper(this, "adding");
    private final SftpSourceForm form = new SftpSourceForm(() -> rows.stream().map(SourceLine::name).toList());
    private TaskExecutor.Cancellable schedule;

    public SourcesViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    public void setActive(boolean shown) {
        if (shown) {
            refresh();
        }
    }

    /** Starts the schedule: every {@link #TICK}, the sources that are due are pulled in the background. */
    public void start() {
        if (schedule == null) {
            schedule = executor.every(TICK, this::pullDue);
        }
    }

    public void stop() {
        if (schedule != null) {
            schedule.cancel();
            schedule = null;
        }
    }

    public void refresh() {
        executor.execute(BackgroundTask.of(context -> load())
                .onSuccess(rows::setAll)
                .onFailure(e -> message.set("Sources could not be read: " + e.getMessage())));
    }

    private List<SourceLine> load() {
        ZoneId zone = ledger.settings().zone();
        return ledger.sources().list().stream().map(r -> SourceLine.of(r, zone)).toList();
    }

    private void pullDue() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(context -> {
                    List<SourcePull.Result> results = ledger.sources().pullDue();
                    return new Pulled(results, load());
                })
                .onSuccess(p -> {
                    busy.set(false);
                    rows.setAll(p.rows());
                    if (!p.results().isEmpty()) {
                        message.set(String.join("\n", p.results().stream().map(SourcePull.Result::line).toList()));
                    }
                })
                .onFailure(e -> {
                    busy.set(false);
                    message.set("Scheduled pull failed: " + e.getMessage());
                }));
    }

    private record Pulled(List<SourcePull.Result> results, List<SourceLine> rows) {
    }

    /** Pulls the selected source now. */
    public void pullNow() {
        SourceLine source = selected.get();
        if (source == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Pulling " + source.name() + "…");
        executor.execute(BackgroundTask.of(context -> new Pulled(List.of(ledger.sources().pull(source.name())), load()))
                .onSuccess(p -> pulled(p.results().getFirst(), p.rows()))
                .onFailure(this::failed));
    }

    private void pulled(SourcePull.Result result, List<SourceLine> lines) {
        busy.set(false);
        rows.setAll(lines);
        message.set(result.line());
        if (result.newHostKey().isPresent()) {
            String question = "The server of " + result.source() + " shows a host key that was never accepted:\n\n"
                    + result.newHostKey().get() + "\n\nAccept it only if the server's administrator confirms this fingerprint.";
            if (dialogs.confirm("Accept this host key", question)) {
                trustAndPull(result.source());
            }
        } else if (result.error().isPresent()) {
            dialogs.showError("Pull " + result.source(), result.error().get());
        }
    }

    private void trustAndPull(String name) {
        busy.set(true);
        executor.execute(BackgroundTask.of(context -> {
                    ledger.sources().trust(name);
                    return new Pulled(List.of(ledger.sources().pull(name)), load());
                })
                .onSuccess(p -> pulled(p.results().getFirst(), p.rows()))
                .onFailure(this::failed));
    }

    private void failed(Throwable e) {
        busy.set(false);
        message.set("");
        dialogs.showError("Pull", e.getMessage());
        refresh();
    }

    /** Opens the new-source form, emptied. */
    public void startAdding() {
        form.clear();
        adding.set(true);
    }

    public void cancelAdding() {
        adding.set(false);
        form.clear();
    }

    /** Lets the user pick the private key file of the new source. */
    public void chooseKeyFile() {
        List<java.nio.file.Path> chosen = dialogs.chooseFiles("Choose the private key file", null);
        if (!chosen.isEmpty()) {
            form.keyFileProperty().set(chosen.getFirst().toAbsolutePath().toString());
            form.useKeyProperty().set(true);
        }
    }

    /** Adds the source the form describes (its password sealed), in the background; the form closes when it is stored. */
    public void saveNew() {
        if (!form.valid() || busy.get()) {
            return;
        }
        var source = form.source();
        busy.set(true);
        executor.execute(BackgroundTask.of(context -> {
                    ledger.sources().add(source);
                    return load();
                })
                .onSuccess(lines -> {
                    busy.set(false);
                    rows.setAll(lines);
                    adding.set(false);
                    form.clear();
                    message.set("Added " + source.name() + ". Pull it once to see and accept its server's host key.");
                })
                .onFailure(e -> {
                    busy.set(false);
                    dialogs.showError("Add source", e.getMessage());
                }));
    }

    /** Removes the selected source after asking; the files it imported stay. */
    public void removeSelected() {
        SourceLine source = selected.get();
        if (source == null || busy.get() || !dialogs.confirm("Remove " + source.name(),
                "Remove the source " + source.name() + "? Files it already imported stay in the ledger.")) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(context -> {
                    ledger.sources().remove(source.name());
                    return load();
                })
                .onSuccess(lines -> {
                    busy.set(false);
                    rows.setAll(lines);
                    message.set("Removed " + source.name() + ".");
                })
                .onFailure(this::failed));
    }

    public SftpSourceForm form() {
        return form;
    }

    public ReadOnlyBooleanProperty addingProperty() {
        return adding.getReadOnlyProperty();
    }

    public ObservableList<SourceLine> rows() {
        return rows;
    }

    public ObjectProperty<SourceLine> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
