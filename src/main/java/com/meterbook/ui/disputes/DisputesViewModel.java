package com.meterbook.ui.disputes;

import com.meterbook.billing.DisputeStatus;
import com.meterbook.billing.DisputeTarget;
import com.meterbook.operations.DisputeFilter;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Disputes screen: the dispute log with its filters (status, account, opening dates, text), a form
 * to open a dispute on a record or an invoice, and the selected dispute's detail and actions
 * ({@link DisputeDetailModel}). Every read and write runs in the background.
 */
public final class DisputesViewModel {

    public static final List<String> STATUSES = List.of("All", "Open", "Rejected", "Credited");
    public static final List<String> KINDS = List.of("Record", "Invoice");

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<DisputeLine> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "All");
    private final StringProperty account = new SimpleStringProperty(this, "account", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty openKind = new SimpleStringProperty(this, "openKind", "Record");
    private final StringProperty openTarget = new SimpleStringProperty(this, "openTarget", "");
    private final StringProperty openReason = new SimpleStringProperty(this, "openReason", "");
    private final ObjectProperty<DisputeLine> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final DisputeDetailModel detail;
    private Long selectAfterLoad;

    public DisputesViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        this.detail = new DisputeDetailModel(ledger, executor, dialogs, message, this::refresh);
        for (ObservableValue<?> filter : List.of(status, account, from, to, text)) {
            filter.addListener((o, old, now) -> refresh());
        }
        selected.addListener((o, old, now) -> {
            if (now == null) {
                detail.clear();
            } else if (old == null || old.id() != now.id()) {
                detail.load(now.id());
            }
        });
    }

    public void setActive(boolean shown) {
        if (shown) {
            refresh();
        }
    }

    public void refresh() {
        DisputeFilter filter;
        try {
            filter = new DisputeFilter(Optional.of(status.get()).filter(s -> !"All".equals(s)).map(DisputeStatus::parse),
                    Optional.ofNullable(account.get()), Optional.ofNullable(from.get()), Optional.ofNullable(to.get()), Optional.ofNullable(text.get()));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage().replace("--to", "To").replace("--from", "From"));
            return;
        }
        executor.execute(BackgroundTask.of(context -> {
                    ZoneId zone = ledger.settings().zone();
                    return ledger.disputes().list(filter).stream().map(d -> DisputeLine.of(d, zone)).toList();
                })
                .onSuccess(this::loaded)
                .onFailure(e -> message.set("Disputes could not be read: " + e.getMessage())));
    }

    private void loaded(List<DisputeLine> lines) {
        long keep = selectAfterLoad != null ? selectAfterLoad : selected.get() == null ? -1 : selected.get().id();
        selectAfterLoad = null;
        rows.setAll(lines);
        DisputeLine again = lines.stream().filter(l -> l.id() == keep).findFirst().orElse(null);
        DisputeLine before = selected.get();
        selected.set(again);
        if (again != null && before != null && before.id() == again.id()) {
            detail.load(again.id());
        }
    }

    /** Opens a dispute on the record id or invoice number in the form, with its reason. */
    public void openDispute() {
        String target = openTarget.get() == null ? "" : openTarget.get().strip();
        String reason = openReason.get() == null ? "" : openReason.get().strip();
        if (target.isEmpty() || reason.isEmpty()) {
            message.set(target.isEmpty() ? "Give the " + openKind.get().toLowerCase(Locale.ROOT) + (isRecord() ? " id" : " number")
                    + " to dispute." : "Give the reason for the dispute.");
            return;
        }
        DisputeTarget what = isRecord() ? DisputeTarget.record(target) : DisputeTarget.invoice(target);
        executor.execute(BackgroundTask.of(context -> ledger.disputes().open(what, reason))
                .onSuccess(id -> {
                    openTarget.set("");
                    openReason.set("");
                    message.set("Opened dispute " + id + " on " + what + ".");
                    selectAfterLoad = id;
                    status.set("All");
                    refresh();
                })
                .onFailure(e -> dialogs.showError("Open dispute", e.getMessage())));
    }

    public void clearFilters() {
        status.set("All");
        account.set("");
        from.set(null);
        to.set(null);
        text.set("");
    }

    /** Fills the form to dispute one usage record (from the usage browser). */
    public void disputeRecord(String recordId) {
        openKind.set("Record");
        openTarget.set(recordId);
        openReason.set("");
        message.set("Write the reason and choose Open dispute.");
    }

    private boolean isRecord() {
        return !"Invoice".equals(openKind.get());
    }

    public ObservableList<DisputeLine> rows() {
        return rows;
    }

    public DisputeDetailModel detail() {
        return detail;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty openKindProperty() {
        return openKind;
    }

    public StringProperty openTargetProperty() {
        return openTarget;
    }

    public StringProperty openReasonProperty() {
        return openReason;
    }

    public ObjectProperty<DisputeLine> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
