package com.meterbook.ui.shell;

import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which screen shows. A ledger without customers opens on the start screen and the other screens wait
 * until it is set up; each screen is told when it is shown, so it can load.
 */
public final class ShellViewModel {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final Map<Page, java.util.function.Consumer<Boolean>> onShown = new EnumMap<>(Page.class);

    public ShellViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        page.addListener((o, old, now) -> {
            if (old != null) {
                onShown.getOrDefault(old, shown -> { }).accept(false);
            }
            if (now != null) {
                onShown.getOrDefault(now, shown -> { }).accept(true);
            }
        });
    }

    /** Tells {@code target}'s screen when it is shown (true) and hidden (false). */
    public void whenShown(Page target, java.util.function.Consumer<Boolean> shown) {
        onShown.put(target, shown);
    }

    /** Looks at the ledger in the background and opens the start screen or the dashboard. */
    public void open() {
        executor.execute(BackgroundTask.of(context -> ledger.hasCustomers())
                .onSuccess(hasCustomers -> {
                    ready.set(hasCustomers);
                    page.set(hasCustomers ? Page.DASHBOARD : Page.START);
                })
                .onFailure(e -> dialogs.showError("Ledger", "The ledger in " + ledger.folder() + " could not be read: " + e.getMessage())));
    }

    /** The start screen set the ledger up. */
    public void setUpDone() {
        ready.set(true);
        page.set(Page.DASHBOARD);
    }

    public void show(Page target) {
        if (ready.get() || target == Page.START) {
            page.set(target);
        }
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public String ledgerFolder() {
        return ledger.folder().toString();
    }
}
