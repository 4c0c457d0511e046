package com.meterbook.ui.rates;

import com.meterbook.documents.MasterDataExports;
import com.meterbook.ingest.FieldException;
import com.meterbook.ingest.MasterDataCsv;
import com.meterbook.ledger.MasterDataStore.BandRow;
import com.meterbook.operations.CalendarEdits;
import com.meterbook.rating.Holiday;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.EditRow;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The "Bands &amp; holidays" tab: the band windows in the order they are tried, and the holidays, both
 * editable with the bands.csv and holidays.csv rules; saved together.
 */
public final class CalendarModel {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final RerateOffer rerate;
    private final ObservableList<EditRow> bands = FXCollections.observableArrayList();
    private final ObservableList<EditRow> holidays = FXCollections.observableArrayList();
    private final IntegerProperty badRows = new SimpleIntegerProperty(this, "badRows");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding canSave;
    private CalendarEdits.Calendar stored = new CalendarEdits.Calendar(List.of(), List.of());

    CalendarModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs, RerateOffer rerate) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        this.rerate = rerate;
        canSave = Bindings.createBooleanBinding(() -> dirty.get() && badRows.get() == 0 && !busy.get(), dirty, badRows, busy);
    }

    public void reload() {
        executor.execute(BackgroundTask.of(context -> ledger.calendarEdits().calendar())
                .onSuccess(c -> {
                    stored = c;
                    revert();
                })
                .onFailure(e -> dialogs.showError("Bands and holidays", "They could not be read: " + e.getMessage())));
    }

    public void revert() {
        bands.setAll(stored.bands().stream().map(b -> row(MasterDataCsv.BANDS, List.of(b.band(), b.days(),
                MasterDataExports.time(b.start()), MasterDataExports.time(b.end())))).toList());
        holidays.setAll(stored.holidays().stream().map(h -> row(MasterDataCsv.HOLIDAYS,
                List.of(h.date().toString(), h.name(), h.band()))).toList());
        dirty.set(false);
        status.set("");
        check();
    }

    private EditRow row(List<String> columns, List<String> values) {
        EditRow row = new EditRow(columns, values);
        row.properties().forEach(p -> p.addListener((o, old, now) -> {
            dirty.set(true);
            check();
        }));
        return row;
    }

    void check() {
        List<BandRow> parsedBands = bandRows();
        Set<String> names = new TreeSet<>();
        parsedBands.forEach(b -> names.add(b.band()));
        List<Holiday> parsed = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            try {
                parsed.add(MasterDataCsv.holiday(holidays.get(i).values()));
                at.add(i);
                holidays.get(i).setProblem("");
            } catch (FieldException e) {
                holidays.get(i).setProblem(e.field() + ": " + e.getMessage());
            }
        }
        CalendarEdits.holidayProblems(parsed, names).forEach((i, p) -> holidays.get(at.get(i)).setProblem(p));
        int bad = (int) (bands.stream().filter(EditRow::bad).count() + holidays.stream().filter(EditRow::bad).count());
        badRows.set(bad);
        status.set(bad > 0 ? bad + (bad == 1 ? " bad row: " : " bad rows, first: ") + firstProblem() : dirty.get() ? "Unsaved changes" : "");
    }

    private String firstProblem() {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).bad()) {
                return "band window " + (i + 1) + ": " + bands.get(i).problem();
            }
        }
        for (int i = 0; i < holidays.size(); i++) {
            if (holidays.get(i).bad()) {
                return "holiday " + (i + 1) + ": " + holidays.get(i).problem();
            }
        }
        return "";
    }

    /** The good band rows; marks the bad ones. */
    private List<BandRow> bandRows() {
        List<BandRow> parsed = new ArrayList<>();
        for (EditRow b : bands) {
            try {
                parsed.add(CalendarEdits.band(b.get("band"), b.get("days"), b.get("start"), b.get("end")));
                b.setProblem("");
            } catch (FieldException e) {
                b.setProblem(e.field() + ": " + e.getMessage());
            }
        }
        return parsed;
    }

    public void addBand() {
        bands.add(row(MasterDataCsv.BANDS, List.of("", "MON-FRI", "08:00", "18:00")));
        dirty.set(true);
        check();
    }

    public void addHoliday() {
        holidays.add(row(MasterDataCsv.HOLIDAYS, List.of("", "", "")));
        dirty.set(true);
        check();
    }

    public void delete(List<EditRow> chosen) {
        boolean changed = bands.removeAll(List.copyOf(chosen)) | holidays.removeAll(List.copyOf(chosen));
        if (changed) {
            dirty.set(true);
            check();
        }
    }

    /** Moves a band window up (-1) or down (+1): the first matching window names the band. */
    public void moveBand(EditRow band, int by) {
        int i = bands.indexOf(band);
        int j = i + by;
        if (i < 0 || j < 0 || j >= bands.size()) {
            return;
        }
        bands.remove(i);
        bands.add(j, band);
        dirty.set(true);
        check();
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        List<BandRow> toSave = bandRows();
        List<Holiday> days = new ArrayList<>();
        for (EditRow h : holidays) {
            try {
                days.add(MasterDataCsv.holiday(h.values()));
            } catch (FieldException e) {
                return;
            }
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(context -> {
                    ledger.calendarEdits().replace(toSave, days);
                    return toSave.size();
                })
                .onSuccess(n -> {
                    busy.set(false);
                    rerate.offer("Bands and holidays saved.");
                    reload();
                    status.set("Saved " + n + " band windows and " + days.size() + " holidays.");
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set("Not saved: " + e.getMessage());
                }));
    }

    public ObservableList<EditRow> bands() {
        return bands;
    }

    public ObservableList<EditRow> holidays() {
        return holidays;
    }

    public IntegerProperty badRowsProperty() {
        return badRows;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
