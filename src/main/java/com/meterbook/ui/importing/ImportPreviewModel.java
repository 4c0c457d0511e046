package com.meterbook.ui.importing;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.operations.UsagePreview;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ingest.MappingProfile;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The first {@value #ROWS} records of the selected file in its chosen format, read in the background
 * by the import's own reader; bad lines carry their problem, a file rejected whole says why. Only
 * the newest request is shown when several overlap.
 */
public final class ImportPreviewModel {

    public static final int ROWS = 20;

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "Choose or drop files to see their first records.");
    private final ReadOnlyBooleanWrapper rejected = new ReadOnlyBooleanWrapper(this, "rejected");
    private long asked;

    ImportPreviewModel(LedgerService ledger, TaskExecutor executor) {
        this.ledger = ledger;
        this.executor = executor;
    }

    void show(ImportFile file) {
        long request = ++asked;
        UsageFormat format = file == null ? null : file.formatProperty().get();
        String profile = file == null ? null : file.profile();
        rows.clear();
        rejected.set(false);
        if (file == null) {
            note.set("Choose or drop files to see their first records.");
            return;
        }
        if (format == null && profile == null) {
            note.set(file.name() + ": the format cannot be told from its first lines (" + file.detectedProperty().get()
                    + "). Choose one.");
            return;
        }
        note.set("Reading " + file.name() + "…");
        executor.execute(BackgroundTask.of(context -> {
                    LedgerSettings settings = ledger.settings();
                    if (profile == null) {
                        return new Read(UsagePreview.read(file.path(), format, settings, ROWS), format.cliName(), settings.zone());
                    }
                    MappingProfile mapping = ledger.mappingProfiles().get(profile);
                    UsagePreview.Preview p;
                    try {
                        p = new UsagePreview.Preview(file.path(), null, UsagePreview.read(file.path(), mapping, settings, ROWS), Optional.empty());
                    } catch (FileRejectedException e) {
                        p = new UsagePreview.Preview(file.path(), null, List.of(), Optional.of(e.getMessage()));
                    }
                    return new Read(p, "profile " + profile, settings.zone());
                })
                .onSuccess(read -> {
                    if (request == asked) {
                        shown(file, read.preview(), read.as(), read.zone());
                    }
                })
                .onFailure(e -> {
                    if (request == asked) {
                        note.set(file.name() + " could not be read: " + e.getMessage());
                    }
                }));
    }

    private record Read(UsagePreview.Preview preview, String as, ZoneId zone) {
    }

    private void shown(ImportFile file, UsagePreview.Preview p, String as, ZoneId zone) {
        if (p.rejection().isPresent()) {
            rejected.set(true);
            note.set("Would be rejected whole as " + as + ": " + p.rejection().get());
            return;
        }
        rows.setAll(p.lines().stream().map(l -> PreviewRow.of(l, zone)).toList());
        long bad = p.badLines();
        note.set((p.lines().size() < ROWS ? "All " : "First ") + p.lines().size() + (p.lines().size() == 1 ? " record" : " records")
                + " of " + file.name() + " as " + as
                + (bad == 0 ? ", none bad" : ", " + bad + (bad == 1 ? " bad line" : " bad lines")));
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }
}
