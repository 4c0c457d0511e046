package com.meterbook.ui.closing;

import com.meterbook.domain.Customer;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.operations.CycleClose.PreviewLine;
import com.meterbook.operations.CycleRefusedException;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.Formats;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The month-end close: choose an open cycle, see per customer what closing it would give (invoice or
 * carry-forward against the threshold, recurring lines, tax, total and the change from last cycle),
 * then confirm. The close is one transaction; a refused close (an earlier cycle still open) says why.
 */
public final class CloseViewModel {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<YearMonth> periods = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> period = new SimpleObjectProperty<>(this, "period");
    private final ObservableList<CloseRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(this, "refused");
    private final BooleanBinding canClose;

    public CloseViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        this.canClose = Bindings.isNotEmpty(rows).and(busy.not()).and(refused.not()).and(period.isNotNull());
        period.addListener((o, old, now) -> preview());
    }

    /** Shown: the open cycles are read again and the first (the next to close) is previewed. */
    public void setActive(boolean active) {
        if (!active) {
            return;
        }
        executor.execute(BackgroundTask.of(context -> ledger.cycle(Optional.empty()))
                .onSuccess(snapshot -> {
                    periods.setAll(snapshot.openPeriods());
                    if (period.get() != null && periods.contains(period.get())) {
                        preview();
                    } else {
                        period.set(periods.isEmpty() ? null : periods.getFirst());
                    }
                })
                .onFailure(e -> dialogs.showError("Close a cycle", "The cycles could not be read: " + e.getMessage())));
    }

    private record Preview(List<PreviewLine> lines, List<Customer> customers, LedgerSettings settings) {
    }

    private void preview() {
        YearMonth p = period.get();
        rows.clear();
        summary.set("");
        refused.set(false);
        if (p == null) {
            status.set("No open cycle to close.");
            return;
        }
        busy.set(true);
        status.set("Working out " + p + "…");
        executor.execute(BackgroundTask.of(context -> new Preview(ledger.closePreview(p), ledger.customerDetails().list(),
                        ledger.settings()))
                .onSuccess(preview -> {
                    busy.set(false);
                    if (!p.equals(period.get())) {
                        return;
                    }
                    Map<String, Customer> byAccount = preview.customers().stream().collect(Collectors.toMap(Customer::account, Function.identity()));
                    rows.setAll(preview.lines().stream().map(l -> CloseRow.of(l, byAccount.get(l.balance().account()), preview.settings())).toList());
                    summary.set(summaryOf(preview));
                    status.set("Nothing is changed until you close the cycle.");
                })
                .onFailure(e -> {
                    busy.set(false);
                    if (e instanceof CycleRefusedException) {
                        refused.set(true);
                        status.set("Cannot close " + p + ": " + e.getMessage());
                    } else {
                        dialogs.showError("Close a cycle", "The preview could not be worked out: " + e.getMessage());
                    }
                }));
    }

    private static String summaryOf(Preview preview) {
        LedgerSettings s = preview.settings();
        long invoices = preview.lines().stream().filter(l -> l.balance().invoiced()).count();
        BigDecimal invoiced = preview.lines().stream().filter(l -> l.balance().invoiced())
                .map(l -> l.balance().invoice().orElseThrow().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal carried = preview.lines().stream().filter(l -> !l.balance().invoiced())
                .map(l -> l.balance().carriedForward()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Formats.count(invoices) + " invoices, " + Formats.money(s, invoiced) + " · "
                + Formats.count(preview.lines().size() - invoices) + " carried forward, " + Formats.money(s, carried);
    }

    /** Closes the chosen cycle as previewed, in one transaction. */
    public void close() {
        YearMonth p = period.get();
        if (!canClose.get()) {
            return;
        }
        busy.set(true);
        status.set("Closing " + p + "…");
        executor.execute(BackgroundTask.of(context -> ledger.closeCycle(p))
                .onSuccess(balances -> {
                    busy.set(false);
                    long invoices = balances.stream().filter(b -> b.invoiced()).count();
                    result.set("Closed " + p + ": " + Formats.count(invoices) + " invoices, "
                            + Formats.count(balances.size() - invoices) + " carried forward.");
                    periods.remove(p);
                    if (p.equals(period.get()) || period.get() == null) {
                        period.set(null);
                        period.set(periods.isEmpty() ? null : periods.getFirst());
                    }
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set("Not closed: " + e.getMessage());
                    dialogs.showError("Close " + p, e.getMessage());
                }));
    }

    public ObservableList<YearMonth> periods() {
        return periods;
    }

    public ObjectProperty<YearMonth> periodProperty() {
        return period;
    }

    public ObservableList<CloseRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the last close did, kept while the next cycle is previewed. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canCloseProperty() {
        return canClose;
    }
}
