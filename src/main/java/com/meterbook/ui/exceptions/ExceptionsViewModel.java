package com.meterbook.ui.exceptions;

import com.meterbook.domain.ExceptionReason;
import com.meterbook.ledger.ExceptionItem;
import com.meterbook.ledger.ReportQueries.ChangeStamp;
import com.meterbook.operations.ExceptionFilter;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.Formats;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.Reloader;
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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The open exception queue, filtered by reason, source file and queued date, with the actions on the
 * selected items ({@link ExceptionActionsModel}) and the focused item's history ({@link ExceptionHistoryModel}).
 * It reloads when the ledger's change stamp moves, while shown.
 */
public final class ExceptionsViewModel {

    /** The filter entries that show every reason and every file. */
    public static final String ALL = "All reasons";
    public static final String ALL_FILES = "All files";

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<ExceptionItem> all = FXCollections.observableArrayList();
    private final FilteredList<ExceptionItem> shown = new FilteredList<>(all);
    private final ObservableList<String> reasons = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> sources = FXCollections.observableArrayList(ALL_FILES);
    private final ObjectProperty<String> reason = new SimpleObjectProperty<>(this, "reason", ALL);
    private final ObjectProperty<String> source = new SimpleObjectProperty<>(this, "source", ALL_FILES);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ExceptionHistoryModel history;
    private final ExceptionActionsModel actions;
    private ZoneId zone = ZoneId.systemDefault();
    private final Reloader<Loaded> reloader;

    public ExceptionsViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs,
                               ObservableValue<ChangeStamp> changes) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        this.history = new ExceptionHistoryModel(ledger, executor, dialogs);
        this.actions = new ExceptionActionsModel(ledger, executor, dialogs, this::reload);
        reason.addListener((o, old, now) -> applyFilter());
        source.addListener((o, old, now) -> applyFilter());
        from.addListener((o, old, now) -> applyFilter());
        to.addListener((o, old, now) -> applyFilter());
        this.reloader = new Reloader<>(executor, () -> context -> new Loaded(ledger.exceptionQueue().open(ExceptionFilter.ALL),
                ledger.settings().zone(), ledger.usageBrowser().customers().stream().map(c -> c.account()).toList()),
                this::show, e -> dialogs.showError("Exceptions", "The exception queue could not be read: " + e.getMessage()));
        reloader.follow(changes);
    }

    /** Shown or hidden: only a shown queue follows changes. */
    public void setActive(boolean active) {
        reloader.setActive(active);
    }

    private record Loaded(List<ExceptionItem> items, ZoneId zone, List<String> accounts) {
    }

    /** Reads the queue again now, or once more after the read under way. */
    public void reload() {
        reloader.request();
    }

    private void show(Loaded data) {
        zone = data.zone();
        all.setAll(data.items());
        actions.accounts().setAll(data.accounts());
        keepChoice(reasons, reason, ALL, Arrays.stream(ExceptionReason.values()).map(Enum::name)
                .filter(r -> data.items().stream().anyMatch(e -> r.equals(e.reason()))).toList());
        keepChoice(sources, source, ALL_FILES, data.items().stream().map(ExceptionItem::source).distinct().sorted().toList());
        applyFilter();
        history.refresh();
    }

    private static void keepChoice(ObservableList<String> choices, ObjectProperty<String> chosen, String all, List<String> present) {
        String keep = chosen.get();
        choices.setAll(all);
        choices.addAll(present);
        chosen.set(choices.contains(keep) ? keep : all);
    }

    /** Shows the open exceptions of one file (by its name as the queue lists it), or all when null. */
    public void showFile(String fileName) {
        clearFilters();
        if (fileName != null) {
            source.set(fileName);
            if (!sources.contains(fileName)) {
                sources.add(fileName);
            }
        }
    }

    /** Empties the filters. */
    public void clearFilters() {
        reason.set(ALL);
        source.set(ALL_FILES);
        from.set(null);
        to.set(null);
    }

    private void applyFilter() {
        LocalDate f = from.get();
        LocalDate t = to.get() != null && f != null && to.get().isBefore(f) ? f : to.get();
        ExceptionFilter filter = new ExceptionFilter(Optional.ofNullable(reason.get()).filter(r -> !ALL.equals(r)),
                Optional.ofNullable(source.get()).filter(s -> !ALL_FILES.equals(s)), Optional.ofNullable(f), Optional.ofNullable(t));
        shown.setPredicate(e -> filter.test(e, zone));
        count.set(Formats.count(shown.size()) + (shown.size() == all.size() ? "" : " of " + Formats.count(all.size()))
                + (all.size() == 1 ? " open exception" : " open exceptions"));
    }

    /** The table's selection changed: the actions apply to these items, the history follows the first. */
    public void select(List<ExceptionItem> selected) {
        actions.select(selected);
        if (!selected.isEmpty()) {
            history.show(selected.getFirst());
        }
    }

    public ObservableList<ExceptionItem> shown() {
        return shown;
    }

    public ObservableList<String> reasons() {
        return reasons;
    }

    public ObservableList<String> sources() {
        return sources;
    }

    public ObjectProperty<String> reasonProperty() {
        return reason;
    }

    public ObjectProperty<String> sourceProperty() {
        return source;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return reloader.loadingProperty();
    }

    public ExceptionHistoryModel history() {
        return history;
    }

    public ExceptionActionsModel actions() {
        return actions;
    }

    /** The ledger's zone, in which queued times are shown. */
    public ZoneId zone() {
        return zone;
    }
}
