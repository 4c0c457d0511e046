package com.meterbook.ui.exceptions;

import com.meterbook.domain.ExceptionReason;
import com.meterbook.ledger.ReportQueries.ChangeStamp;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.Formats;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.LedgerService.OpenException;
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
import javafx.collections.transformation.FilteredList;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The open exception queue, filterable by reason; reloads when the ledger's change stamp moves. */
public final class ExceptionsViewModel {

    /** The filter entry that shows every reason. */
    public static final String ALL = "All reasons";

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<OpenException> all = FXCollections.observableArrayList();
    private final FilteredList<OpenException> shown = new FilteredList<>(all);
    private final ObservableList<String> reasons = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<String> reason = new SimpleObjectProperty<>(this, "reason", ALL);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private boolean active;
    private ChangeStamp wanted;
    private ChangeStamp loaded;

    public ExceptionsViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs,
                               ObservableValue<ChangeStamp> changes) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        reason.addListener((o, old, now) -> applyFilter());
        changes.addListener((o, old, now) -> {
            wanted = now;
            if (active && now != null && !now.equals(loaded)) {
                reload();
            }
        });
    }

    /** Shown or hidden: only a shown queue follows changes. */
    public void setActive(boolean active) {
        this.active = active;
        if (active) {
            reload();
        }
    }

    public void reload() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        ChangeStamp asked = wanted;
        executor.execute(BackgroundTask.of(context -> ledger.openExceptions())
                .onSuccess(rows -> {
                    loading.set(false);
                    loaded = asked;
                    all.setAll(rows);
                    List<String> present = Arrays.stream(ExceptionReason.values()).map(Enum::name)
                            .filter(r -> rows.stream().anyMatch(e -> r.equals(e.reason()))).toList();
                    String keep = reason.get();
                    reasons.setAll(ALL);
                    reasons.addAll(present);
                    reason.set(reasons.contains(keep) ? keep : ALL);
                    applyFilter();
                    if (active && wanted != null && !wanted.equals(loaded)) {
                        reload();
                    }
                })
                .onFailure(e -> {
                    loading.set(false);
                    dialogs.showError("Exceptions", "The exception queue could not be read: " + e.getMessage());
                }));
    }

    private void applyFilter() {
        String r = reason.get();
        shown.setPredicate(r == null || ALL.equals(r) ? e -> true : e -> Objects.equals(r, e.reason()));
        count.set(Formats.count(shown.size()) + (shown.size() == all.size() ? "" : " of " + Formats.count(all.size()))
                + (all.size() == 1 ? " open exception" : " open exceptions"));
    }

    public ObservableList<OpenException> shown() {
        return shown;
    }

    public ObservableList<String> reasons() {
        return reasons;
    }

    public ObjectProperty<String> reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
