package com.meterbook.ui.profiles;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ingest.MappingProfile;
import com.meterbook.ingest.ParsedLine;
import com.meterbook.ingest.ProfileField;
import com.meterbook.ledger.ProfileStore;
import com.meterbook.operations.UsagePreview;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import com.meterbook.ui.importing.PreviewRow;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mapping wizard: a profile's settings as properties, checked on every change; a bad setting shows its
 * reason and blocks Save; a good one reads the first {@value #ROWS} records of the chosen file through the
 * import's own reader, bad lines naming line and field. Saved profiles can be loaded back to edit.
 */
public final class ProfilesViewModel {

    public static final int ROWS = 20;

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty kind = new SimpleStringProperty(this, "kind", "call");
    private final StringProperty delimiter = new SimpleStringProperty(this, "delimiter", ",");
    private final StringProperty quote = new SimpleStringProperty(this, "quote", "\"");
    private final BooleanProperty header = new SimpleBooleanProperty(this, "header", true);
    private final Map<ProfileField, StringProperty> columns = new EnumMap<>(ProfileField.class);
    private final StringProperty pattern = new SimpleStringProperty(this, "pattern", MappingProfile.ISO);
    private final StringProperty zone = new SimpleStringProperty(this, "zone", "");
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "s");
    private final StringProperty idHash = new SimpleStringProperty(this, "idHash", "");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "Choose a file to see it read through the profile.");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> saved = FXCollections.observableArrayList();
    private MappingProfile profile;
    private long asked;

    public ProfilesViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        for (ProfileField f : ProfileField.values()) {
            columns.put(f, new SimpleStringProperty(this, f.key(), ""));
        }
        List<Observable> inputs = new java.util.ArrayList<>(List.of(name, kind, delimiter, quote, header, pattern, zone, unit, idHash, file));
        inputs.addAll(columns.values());
        inputs.forEach(o -> o.addListener(x -> changed()));
        changed();
    }

    /** Loads the saved profiles' names; call when the screen is shown. */
    public void setActive(boolean active) {
        if (active) {
            executor.execute(BackgroundTask.of(c -> ledger.mappingProfiles().list().stream().map(ProfileStore.Stored::name).toList())
                    .onSuccess(saved::setAll)
                    .onFailure(e -> dialogs.showError("Profiles", "The saved profiles could not be read: " + e.getMessage())));
        }
    }

    /** The profile as text from the settings on screen, the way 'profiles save --from-file' reads it. */
    String text() {
        StringBuilder s = new StringBuilder();
        line(s, "kind", kind.get());
        line(s, "delimiter", delimiter.get());
        line(s, "quote", quote.get());
        line(s, "header", String.valueOf(header.get()));
        columns.forEach((f, v) -> line(s, "column." + f.key(), v.get()));
        line(s, "time.pattern", pattern.get());
        line(s, "time.zone", zone.get());
        line(s, "duration.unit", "event".equals(kind.get()) ? "s" : unit.get());
        line(s, "id.hash", idHash.get());
        return s.toString();
    }

    private static void line(StringBuilder s, String key, String value) {
        if (value != null && !value.isEmpty()) {
            String v = value.replace("\\", "\\\\");
            s.append(key).append('=').append(v.startsWith(" ") ? "\\" + v : v).append('\n');
        }
    }

    private void changed() {
        long request = ++asked;
        rows.clear();
        try {
            profile = MappingProfile.parse(name.get().isBlank() ? "unsaved" : name.get(), text());
            problem.set("");
        } catch (IllegalArgumentException e) {
            profile = null;
            problem.set(e.getMessage());
        }
        canSave.set(profile != null && !name.get().isBlank());
        Path chosen = file.get();
        if (profile == null || chosen == null) {
            note.set(profile == null ? "Fix the profile to see the preview." : "Choose a file to see it read through the profile.");
            return;
        }
        MappingProfile reading = profile;
        note.set("Reading " + chosen.getFileName() + "…");
        executor.execute(BackgroundTask.of(c -> {
                    LedgerSettings settings = ledger.settings();
                    List<ParsedLine> lines = UsagePreview.read(chosen, reading, settings, ROWS);
                    return lines.stream().map(l -> PreviewRow.of(l, reading.zoneOr(settings.zone()))).toList();
                })
                .onSuccess(read -> {
                    if (request == asked) {
                        rows.setAll(read);
                        long bad = read.stream().filter(PreviewRow::bad).count();
                        note.set((read.size() < ROWS ? "All " : "First ") + read.size() + " records of " + chosen.getFileName()
                                + (bad == 0 ? ", none bad" : ", " + bad + (bad == 1 ? " bad line" : " bad lines")));
                    }
                })
                .onFailure(e -> {
                    if (request == asked) {
                        note.set(e.getMessage());
                    }
                }));
    }

    /** Asks for the file to preview. */
    public void chooseFile() {
        List<Path> chosen = dialogs.chooseFiles("Choose a file to read through the profile", file.get() == null ? null : file.get().getParent());
        if (!chosen.isEmpty()) {
            file.set(chosen.getFirst());
        }
    }

    /** Saves the profile under its name; the list of saved profiles follows. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        String n = name.get().trim();
        String t = text();
        executor.execute(BackgroundTask.of(c -> {
                    ledger.mappingProfiles().save(n, t);
                    return ledger.mappingProfiles().list().stream().map(ProfileStore.Stored::name).toList();
                })
                .onSuccess(names -> {
                    saved.setAll(names);
                    note.set("Saved profile " + n + ". Import with: meterbook usage import --profile " + n + " F...");
                })
                .onFailure(e -> dialogs.showError("Save profile", e.getMessage())));
    }

    /** Puts a saved profile's settings on screen. */
    public void load(String savedName) {
        executor.execute(BackgroundTask.of(c -> ledger.mappingProfiles().get(savedName))
                .onSuccess(this::show)
                .onFailure(e -> dialogs.showError("Load profile", e.getMessage())));
    }

    private void show(MappingProfile p) {
        name.set(p.name());
        kind.set(p.kind().name().toLowerCase(Locale.ROOT));
        delimiter.set(p.delimiter() == '\t' ? "tab" : String.valueOf(p.delimiter()));
        quote.set(p.quote() == null ? "none" : String.valueOf(p.quote()));
        header.set(p.header());
        columns.forEach((f, v) -> v.set(p.columns().getOrDefault(f, "")));
        pattern.set(p.pattern());
        zone.set(p.zone().map(java.time.ZoneId::getId).orElse(""));
        unit.set(p.unit().name().toLowerCase(Locale.ROOT));
        idHash.set(String.join(",", p.idHash().stream().map(ProfileField::key).toList()));
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty kindProperty() { return kind; }
    public StringProperty delimiterProperty() { return delimiter; }
    public StringProperty quoteProperty() { return quote; }
    public BooleanProperty headerProperty() { return header; }
    public StringProperty columnProperty(ProfileField field) { return columns.get(field); }
    public StringProperty patternProperty() { return pattern; }
    public StringProperty zoneProperty() { return zone; }
    public StringProperty unitProperty() { return unit; }
    public StringProperty idHashProperty() { return idHash; }
    public ObjectProperty<Path> fileProperty() { return file; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canSaveProperty() { return canSave.getReadOnlyProperty(); }
    public ObservableList<PreviewRow> rows() { return rows; }
    public ObservableList<String> saved() { return saved; }
}
