package com.meterbook.ui.reports;

import com.meterbook.documents.RegulatoryFigures;
import com.meterbook.documents.RegulatoryReportCsv;
import com.meterbook.documents.RegulatoryReportPdf;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.operations.RegulatoryReport;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.Formats;
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

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The reports screen: the regulatory usage report of a cycle and entity (read in the background
 * whenever either changes), its CSV and PDF exports, and a customer's usage CSV ({@link UsageDownload}).
 */
public final class ReportsViewModel {

    public static final String ALL_ENTITIES = "All entities";

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<YearMonth> periods = FXCollections.observableArrayList();
    private final ObservableList<String> entities = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> period = new SimpleObjectProperty<>(this, "period");
    private final ObjectProperty<String> entity = new SimpleObjectProperty<>(this, "entity");
    private final ObservableList<ReportRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final UsageDownload usage;
    private final javafx.beans.property.BooleanProperty excelBom = new javafx.beans.property.SimpleBooleanProperty(this, "excelBom");
    private RegulatoryFigures report;
    private boolean choosing;
    private long asked;

    public ReportsViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        this.usage = new UsageDownload(ledger, executor, dialogs, message, excelBom::get);
        period.addListener((o, old, now) -> read());
        entity.addListener((o, old, now) -> read());
    }

    private record Choices(List<YearMonth> periods, List<String> entities, List<String> accounts) {
    }

    /** Shown: reads the cycles with records, the entities and the customers, keeping the choices that still exist. */
    public void setActive(boolean active) {
        if (!active) {
            return;
        }
        executor.execute(BackgroundTask.of(context -> new Choices(ledger.usageBrowser().periods(), ledger.regulatoryReport().entities(),
                        ledger.usageBrowser().customers().stream().map(c -> c.account()).toList()))
                .onSuccess(c -> {
                    choosing = true;
                    YearMonth keepPeriod = period.get();
                    String keepEntity = entity.get();
                    periods.setAll(c.periods());
                    entities.setAll(ALL_ENTITIES);
                    entities.addAll(c.entities());
                    period.set(periods.contains(keepPeriod) ? keepPeriod : periods.isEmpty() ? null : periods.getFirst());
                    entity.set(entities.contains(keepEntity) ? keepEntity : ALL_ENTITIES);
                    usage.choices(c.accounts(), c.periods());
                    choosing = false;
                    read();
                })
                .onFailure(e -> dialogs.showError("Reports", "The ledger could not be read: " + e.getMessage())));
    }

    private Optional<String> chosenEntity() {
        return entity.get() == null || ALL_ENTITIES.equals(entity.get()) ? Optional.empty() : Optional.of(entity.get());
    }

    private record Read(RegulatoryFigures report, LedgerSettings settings) {
    }

    /** Reads the report of the chosen cycle and entity; only the newest answer is shown. */
    public void read() {
        YearMonth p = period.get();
        if (choosing || p == null) {
            return;
        }
        Optional<String> e = chosenEntity();
        long request = ++asked;
        busy.set(true);
        executor.execute(BackgroundTask.of(context -> new Read(ledger.regulatoryReport().read(p, e), ledger.settings()))
                .onSuccess(r -> {
                    if (request == asked) {
                        shown(r);
                    }
                })
                .onFailure(x -> {
                    busy.set(false);
                    dialogs.showError("Reports", "The report could not be read: " + x.getMessage());
                }));
    }

    private void shown(Read r) {
        busy.set(false);
        report = r.report();
        rows.setAll(report.lines().stream().map(l -> ReportRow.of(l, r.settings())).toList());
        ReportRow t = ReportRow.of(report.total(), r.settings());
        total.set("Total " + Formats.count(t.records()) + " records · " + Formats.decimal(t.minutes()) + " minutes ("
                + Formats.decimal(t.billedMinutes()) + " billed) · " + t.revenue().format());
    }

    public void exportCsv() {
        export("csv");
    }

    public void exportPdf() {
        export("pdf");
    }

    private void export(String format) {
        RegulatoryFigures shown = report;
        if (shown == null || busy.get()) {
            return;
        }
        String name = "regulatory-" + shown.period() + "-" + shown.entityLabel().replace(' ', '-').toLowerCase(java.util.Locale.ROOT)
                + "." + format;
        Optional<Path> target = dialogs.chooseSaveFile("Export the regulatory report", name);
        if (target.isEmpty()) {
            return;
        }
        boolean bom = excelBom.get();
        busy.set(true);
        message.set("Writing " + target.get().getFileName() + "…");
        executor.execute(BackgroundTask.of(context -> {
                    if (format.equals("csv")) {
                        RegulatoryReportCsv.write(shown, target.get(), bom);
                    } else {
                        RegulatoryReportPdf.write(shown, target.get());
                    }
                    return target.get();
                })
                .onSuccess(path -> {
                    busy.set(false);
                    message.set("Wrote " + path);
                })
                .onFailure(e -> {
                    busy.set(false);
                    message.set("");
                    dialogs.showError("Export", e.getMessage());
                }));
    }

    public ObservableList<YearMonth> periods() {
        return periods;
    }

    public ObservableList<String> entities() {
        return entities;
    }

    public ObjectProperty<YearMonth> periodProperty() {
        return period;
    }

    public ObjectProperty<String> entityProperty() {
        return entity;
    }

    public ObservableList<ReportRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Every CSV this screen writes starts with a UTF-8 byte-order mark, so that Excel reads it as UTF-8. */
    public javafx.beans.property.BooleanProperty excelBomProperty() {
        return excelBom;
    }

    public UsageDownload usage() {
        return usage;
    }
}
