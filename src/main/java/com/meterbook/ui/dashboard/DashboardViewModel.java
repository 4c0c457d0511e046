package com.meterbook.ui.dashboard;

import com.meterbook.ledger.ReportQueries.ChangeStamp;
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
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Pending charges of an open cycle per customer, largest first, with the cycle's totals and the open
 * exceptions. It reloads when the ledger's change stamp moves (a background poll) and when another
 * cycle is chosen, while it is shown; a reload that is asked for while one runs follows it.
 */
public final class DashboardViewModel {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<CustomerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<YearMonth> periods = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> period = new SimpleObjectProperty<>(this, "period");
    private final ReadOnlyStringWrapper pendingTotal = new ReadOnlyStringWrapper(this, "pendingTotal", "");
    private final ReadOnlyStringWrapper invoiceSummary = new ReadOnlyStringWrapper(this, "invoiceSummary", "");
    private final ReadOnlyStringWrapper carrySummary = new ReadOnlyStringWrapper(this, "carrySummary", "");
    private final ReadOnlyStringWrapper openExceptions = new ReadOnlyStringWrapper(this, "openExceptions", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    private boolean active;
    private ChangeStamp shown;
    private Optional<YearMonth> chosen = Optional.empty();
    private boolean reloadAgain;
    private boolean assigning;

    public DashboardViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs,
                              ObservableValue<ChangeStamp> changes) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        changes.addListener((o, old, now) -> {
            if (active && now != null && !now.equals(shown)) {
                reload();
            }
        });
        period.addListener((o, old, now) -> {
            if (!assigning && now != null) {
                chosen = Optional.of(now);
                reload();
            }
        });
    }

    /**
     * Shown or hidden. Only a shown dashboard follows changes: a hidden one reads nothing, so that no
     * cycle is read while the start screen is still setting the ledger up.
     */
    public void setActive(boolean active) {
        this.active = active;
        if (active) {
            reload();
        }
    }

    /** Loads the cycle the user chose, or else the next to close, in the background. */
    public void reload() {
        if (loading.get()) {
            reloadAgain = true;
            return;
        }
        loading.set(true);
        Optional<YearMonth> wanted = chosen;
        executor.execute(BackgroundTask.of(context -> DashboardData.of(ledger.cycle(wanted)))
                .onSuccess(this::show)
                .onFailure(e -> {
                    loading.set(false);
                    reloadAgain = false;
                    dialogs.showError("Dashboard", "The cycle could not be read: " + e.getMessage());
                }));
    }

    private void show(DashboardData data) {
        assigning = true;
        try {
            shown = data.stamp();
            periods.setAll(data.openPeriods());
            period.set(data.period());
            rows.setAll(data.rows());
            pendingTotal.set(data.pendingTotal());
            invoiceSummary.set(data.invoiceSummary());
            carrySummary.set(data.carrySummary());
            openExceptions.set(Formats.count(data.openExceptions()));
        } finally {
            assigning = false;
        }
        loading.set(false);
        if (reloadAgain) {
            reloadAgain = false;
            reload();
        }
    }

    public ObservableList<CustomerRow> rows() {
        return rows;
    }

    public ObservableList<YearMonth> periods() {
        return periods;
    }

    public ObjectProperty<YearMonth> periodProperty() {
        return period;
    }

    public ReadOnlyStringProperty pendingTotalProperty() {
        return pendingTotal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty invoiceSummaryProperty() {
        return invoiceSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty carrySummaryProperty() {
        return carrySummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty openExceptionsProperty() {
        return openExceptions.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
