package com.meterbook.ui.exceptions;

import com.meterbook.ledger.ExceptionItem;
import com.meterbook.operations.ActionResult;
import com.meterbook.operations.ExceptionActions;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Function;

/**
 * The actions on the selected exceptions: assign to a customer, retry rating, bill in the next open
 * cycle, write off with a comment. Each runs in the background; its result line shows, and the queue reloads.
 */
public final class ExceptionActionsModel {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable reload;
    private final ObservableList<ExceptionItem> selected = FXCollections.observableArrayList();
    private final ObservableList<String> accounts = FXCollections.observableArrayList();
    private final StringProperty account = new SimpleStringProperty(this, "account", "");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanBinding canAct = Bindings.isNotEmpty(selected).and(busy.not());
    private final BooleanBinding canAssign = canAct.and(Bindings.createBooleanBinding(() -> !blank(account.get()), account));
    private final BooleanBinding canWriteOff = canAct.and(Bindings.createBooleanBinding(() -> !blank(comment.get()), comment));

    ExceptionActionsModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs, Runnable reload) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        this.reload = reload;
    }

    void select(List<ExceptionItem> items) {
        selected.setAll(items);
    }

    public void assign() {
        String to = account.get().strip();
        run("Assign", a -> a.assign(ids(), to));
    }

    public void retry() {
        run("Retry rating", a -> a.retry(ids()));
    }

    public void billNext() {
        run("Bill in the next cycle", a -> a.billNext(ids()));
    }

    public void writeOff() {
        String why = comment.get();
        run("Write off", a -> a.writeOff(ids(), why));
    }

    private List<Long> ids() {
        return selected.stream().map(ExceptionItem::id).toList();
    }

    private void run(String title, Function<ExceptionActions, ActionResult> action) {
        if (!canAct.get()) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(context -> action.apply(ledger.exceptionActions()))
                .onSuccess(result -> {
                    busy.set(false);
                    message.set(result.line() + result.skipped().stream().map(s -> "; " + s.why()).reduce("", String::concat));
                    if (result.resolved() > 0 && title.equals("Write off")) {
                        comment.set("");
                    }
                    reload.run();
                })
                .onFailure(e -> {
                    busy.set(false);
                    dialogs.showError(title, e.getMessage());
                }));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public ObservableList<String> accounts() {
        return accounts;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canActProperty() {
        return canAct;
    }

    public BooleanBinding canAssignProperty() {
        return canAssign;
    }

    public BooleanBinding canWriteOffProperty() {
        return canWriteOff;
    }
}
