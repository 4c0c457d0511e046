package com.meterbook.ui.exceptions;

import com.meterbook.ledger.ExceptionItem;
import com.meterbook.operations.HistoryEntry;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The focused exception item: its line as read, why it waits, and its history. It keeps showing an
 * item after an action resolved it, so the operator sees what the action did.
 */
public final class ExceptionHistoryModel {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Select an exception to see its line and history.");
    private final ReadOnlyStringWrapper rawLine = new ReadOnlyStringWrapper(this, "rawLine", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ObservableList<HistoryRow> entries = FXCollections.observableArrayList();
    private Long focused;

    ExceptionHistoryModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    void show(ExceptionItem item) {
        if (focused != null && focused == item.id()) {
            return;
        }
        focused = item.id();
        refresh();
    }

    private record Loaded(ExceptionItem item, List<HistoryEntry> history, ZoneId zone) {
    }

    /** Reads the focused item and its history again (after an action, or when the ledger changed). */
    void refresh() {
        Long id = focused;
        if (id == null) {
            return;
        }
        executor.execute(BackgroundTask.of(context -> new Loaded(ledger.exceptionQueue().item(id).orElseThrow(),
                        ledger.exceptionQueue().history(id), ledger.settings().zone()))
                .onSuccess(data -> {
                    if (!id.equals(focused)) {
                        return;
                    }
                    ExceptionItem i = data.item();
                    title.set("Exception " + i.id() + (i.recordId() == null ? "" : " · " + i.recordId()) + " · " + i.source()
                            + (i.line() == null ? "" : " line " + i.line()) + " · " + i.reason()
                            + (i.isOpen() ? " (open)" : " (resolved: " + i.resolution() + ")"));
                    rawLine.set(i.rawLine().orElse("(the line was not kept: queued before lines were stored, or by a re-rate)"));
                    detail.set((i.field() == null ? "" : i.field() + ": ") + i.detail());
                    entries.setAll(data.history().stream().map(h -> new HistoryRow(WHEN.format(h.at().atZone(data.zone())), h.actor(),
                            h.action(), h.detail())).toList());
                })
                .onFailure(e -> dialogs.showError("Exception history", "The history could not be read: " + e.getMessage())));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rawLineProperty() {
        return rawLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ObservableList<HistoryRow> entries() {
        return entries;
    }
}
