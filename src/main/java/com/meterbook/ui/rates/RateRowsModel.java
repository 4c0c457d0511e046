package com.meterbook.ui.rates;

import com.meterbook.documents.MasterDataExports;
import com.meterbook.domain.Customer;
import com.meterbook.ingest.FieldException;
import com.meterbook.ingest.MasterDataCsv;
import com.meterbook.operations.RateEdits;
import com.meterbook.rating.RateRow;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.EditRow;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The "Rates" tab: one owner's rows as editable text, each checked with the rates.csv rules and the
 * checks across rows; Save is enabled while something changed and no row is bad. A new version copies
 * the rows in force on its date, leaving the old rows as they are.
 */
public final class RateRowsModel {

    static final List<String> COLUMNS = MasterDataCsv.RATES;

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final RerateOffer rerate;

    private final ObservableList<Owner> owners = FXCollections.observableArrayList();
    private final ObjectProperty<Owner> owner = new SimpleObjectProperty<>(this, "owner");
    private final ObservableList<EditRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> versionDate = new SimpleObjectProperty<>(this, "versionDate");
    private final IntegerProperty badRows = new SimpleIntegerProperty(this, "badRows");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding canSave;
    private List<RateRow> stored = List.of();
    private Set<String> bands = Set.of();
    private boolean loading;

    RateRowsModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs, RerateOffer rerate) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        this.rerate = rerate;
        canSave = Bindings.createBooleanBinding(() -> dirty.get() && badRows.get() == 0 && !busy.get() && owner.get() != null,
                dirty, badRows, busy, owner);
        owner.addListener((o, old, now) -> {
            if (!loading) {
                showOwner();
            }
        });
    }

    /** Reads every rate row, the customers and the band names; keeps the chosen owner. */
    public void reload() {
        record Loaded(List<RateRow> rows, List<Customer> customers, Set<String> bands, LocalDate today) {
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(context -> new Loaded(ledger.rateEdits().rows(), ledger.customerDetails().list(),
                        ledger.calendarEdits().bandNames(), LocalDate.now(ledger.clock().withZone(ledger.settings().zone()))))
                .onSuccess(l -> {
                    busy.set(false);
                    stored = l.rows();
                    bands = l.bands();
                    Set<String> plans = new TreeSet<>();
                    l.rows().stream().filter(r -> !r.isOverride()).forEach(r -> plans.add(r.plan()));
                    l.customers().forEach(c -> plans.add(c.plan()));
                    List<Owner> all = new ArrayList<>(plans.stream().map(Owner::plan).toList());
                    l.customers().forEach(c -> all.add(Owner.account(c.account(), c.name())));
                    Owner keep = owner.get();
                    loading = true;
                    owners.setAll(all);
                    owner.set(keep != null && all.contains(keep) ? keep : all.isEmpty() ? null : all.getFirst());
                    loading = false;
                    if (versionDate.get() == null) {
                        versionDate.set(l.today().plusMonths(1).withDayOfMonth(1));
                    }
                    showOwner();
                })
                .onFailure(e -> {
                    busy.set(false);
                    dialogs.showError("Rates", "The rate rows could not be read: " + e.getMessage());
                }));
    }

    private void showOwner() {
        Owner o = owner.get();
        List<EditRow> shown = new ArrayList<>();
        if (o != null) {
            stored.stream().filter(r -> r.owner().equals(o.key())).forEach(r -> shown.add(row(text(r))));
        }
        rows.setAll(shown);
        dirty.set(false);
        check();
    }

    private EditRow row(List<String> values) {
        EditRow row = new EditRow(COLUMNS, values);
        row.properties().forEach(p -> p.addListener((obs, old, now) -> {
            dirty.set(true);
            check();
        }));
        return row;
    }

    static List<String> text(RateRow r) {
        return List.of(r.plan(), r.account(), r.prefix(), r.destination(), r.band(), r.effectiveFrom().toString(),
                r.connectFee().toPlainString(), r.rate().toPlainString(), r.per().toPlainString(), r.increment().toPlainString(),
                r.slotFrom().toPlainString(), r.tierFrom().toPlainString(), r.minCharge().toPlainString());
    }

    /** Checks every row: its own fields first, then, when all rows read, the checks across rows. */
    void check() {
        List<RateRow> parsed = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            EditRow row = rows.get(i);
            try {
                parsed.add(MasterDataCsv.rateRow(row.values()));
                at.add(i);
                row.setProblem("");
            } catch (FieldException e) {
                row.setProblem(e.field() + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                row.setProblem(e.getMessage());
            }
        }
        if (parsed.size() == rows.size()) {
            // across rows only once each row reads: a row that does not would make its version look incomplete
            RateEdits.problems(parsed, bands).forEach((i, problem) -> rows.get(at.get(i)).setProblem(problem));
        }
        int bad = (int) rows.stream().filter(EditRow::bad).count();
        badRows.set(bad);
        if (bad > 0) {
            int first = rows.indexOf(rows.stream().filter(EditRow::bad).findFirst().orElseThrow());
            status.set(bad + (bad == 1 ? " bad row" : " bad rows") + " · row " + (first + 1) + ": " + rows.get(first).problem());
        } else if (dirty.get()) {
            status.set("Unsaved changes");
        }
    }

    public void addRow() {
        Owner o = owner.get();
        if (o == null) {
            return;
        }
        LocalDate from = versionDate.get() == null ? LocalDate.now() : versionDate.get();
        rows.add(row(List.of(o.isPlan() ? o.id() : "", o.isPlan() ? "" : o.id(), "", "", "*", from.toString(), "0", "", "60", "60",
                "0", "0", "0")));
        dirty.set(true);
        check();
    }

    public void deleteRows(List<EditRow> chosen) {
        if (rows.removeAll(List.copyOf(chosen))) {
            dirty.set(true);
            check();
        }
    }

    /** Copies the rows in force on the chosen date into a new version from that date; the old rows stay. */
    public void newVersion() {
        LocalDate from = versionDate.get();
        if (from == null || badRows.get() > 0) {
            status.set(from == null ? "Choose the new version's date first" : "Fix the bad rows before making a new version");
            return;
        }
        List<RateRow> current = new ArrayList<>();
        for (EditRow r : rows) {
            try {
                current.add(MasterDataCsv.rateRow(r.values()));
            } catch (FieldException e) {
                return;
            }
        }
        RateEdits.NewVersion version = RateEdits.newVersion(current, from);
        version.rows().forEach(r -> rows.add(row(text(r))));
        if (!version.rows().isEmpty()) {
            dirty.set(true);
        }
        check();
        status.set("New version from " + from + ": " + version.rows().size() + " rows copied for editing"
                + (version.skipped().isEmpty() ? "" : "; skipped " + String.join(", ", version.skipped())
                + " (already a version that day, or none in force)") + ". Save to keep it.");
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        Owner o = owner.get();
        List<RateRow> toSave = new ArrayList<>();
        for (EditRow r : rows) {
            try {
                toSave.add(MasterDataCsv.rateRow(r.values()));
            } catch (FieldException e) {
                return;
            }
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(context -> {
                    ledger.rateEdits().replace(o.key(), toSave);
                    return toSave.size();
                })
                .onSuccess(n -> {
                    busy.set(false);
                    dirty.set(false);
                    status.set("Saved " + n + " rows of " + o.label() + ".");
                    rerate.offer("Rates of " + o.label() + " saved.");
                    reload();
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set("Not saved: " + e.getMessage());
                }));
    }

    public void revert() {
        showOwner();
        status.set("");
    }

    /** Imports a rates.csv file (any owners) as {@code rates import} does, whole or not at all. */
    public void importCsv() {
        List<java.nio.file.Path> files = dialogs.chooseFiles("Import rates.csv", null);
        if (files.isEmpty()) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(context -> ledger.masterData().rates(files.getFirst()))
                .onSuccess(n -> {
                    busy.set(false);
                    status.set("Imported " + n + " rate rows from " + files.getFirst().getFileName() + ".");
                    rerate.offer("Rates imported.");
                    reload();
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set("Not imported: " + e.getMessage());
                    dialogs.showError("Import rates", e.getMessage());
                }));
    }

    /** Exports the chosen owner's rows as saved, in the rates.csv format. */
    public void exportCsv() {
        Owner o = owner.get();
        if (o == null) {
            return;
        }
        var target = dialogs.chooseSaveFile("Export rates.csv", "rates-" + o.id() + ".csv");
        if (target.isEmpty()) {
            return;
        }
        List<RateRow> saved = stored.stream().filter(r -> r.owner().equals(o.key())).toList();
        executor.execute(BackgroundTask.of(context -> {
                    MasterDataExports.rates(saved, target.get());
                    return saved.size();
                })
                .onSuccess(n -> status.set("Exported " + n + " rows of " + o.label() + " to " + target.get().getFileName() + "."))
                .onFailure(e -> dialogs.showError("Export rates", e.getMessage())));
    }

    public ObservableList<Owner> owners() {
        return owners;
    }

    public ObjectProperty<Owner> ownerProperty() {
        return owner;
    }

    public ObservableList<EditRow> rows() {
        return rows;
    }

    public ObjectProperty<LocalDate> versionDateProperty() {
        return versionDate;
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

    Map<Integer, String> problems() {
        Map<Integer, String> p = new java.util.TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).bad()) {
                p.put(i, rows.get(i).problem());
            }
        }
        return p;
    }
}
