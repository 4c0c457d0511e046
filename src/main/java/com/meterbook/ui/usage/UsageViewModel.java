package com.meterbook.ui.usage;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.UsagePages;
import com.meterbook.operations.UsageBrowser;
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

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer's rated records of one cycle, a page of {@link #PAGE} at a time in cycle order (so a
 * customer with 100,000 records costs one page of memory and one query a page), and the explanation
 * of the selected record ({@link ExplainModel}).
 */
public final class UsageViewModel {

    public static final int PAGE = 500;

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<String> accounts = FXCollections.observableArrayList();
    private final ObservableList<YearMonth> periods = FXCollections.observableArrayList();
    private final ObjectProperty<String> account = new SimpleObjectProperty<>(this, "account");
    private final ObjectProperty<YearMonth> period = new SimpleObjectProperty<>(this, "period");
    private final ObservableList<UsageLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper(this, "pageText", "");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ExplainModel explain;
    /** The key each shown page started after: the first page's is empty. */
    private final List<Optional<UsagePages.Key>> starts = new ArrayList<>();
    private Optional<UsagePages.Key> next = Optional.empty();
    private LedgerSettings settings;
    private UsagePages.Totals totals;
    private boolean choosing;

    private java.util.function.Consumer<String> onDisputeRecord = id -> { };

    public UsageViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        this.explain = new ExplainModel(ledger, executor, dialogs);
        account.addListener((o, old, now) -> firstPage());
        period.addListener((o, old, now) -> firstPage());
    }

    private record Choices(List<String> accounts, List<YearMonth> periods, LedgerSettings settings) {
    }

    /** Shown: reads the customers and cycles, keeping the choice when it still exists. */
    public void setActive(boolean active) {
        if (!active) {
            return;
        }
        executor.execute(BackgroundTask.of(context -> {
                    UsageBrowser browser = ledger.usageBrowser();
                    return new Choices(browser.customers().stream().map(c -> c.account()).toList(), browser.periods(), ledger.settings());
                })
                .onSuccess(c -> {
                    settings = c.settings();
                    choosing = true;
                    String keepAccount = account.get();
                    YearMonth keepPeriod = period.get();
                    accounts.setAll(c.accounts());
                    periods.setAll(c.periods());
                    account.set(accounts.contains(keepAccount) ? keepAccount : accounts.isEmpty() ? null : accounts.getFirst());
                    period.set(periods.contains(keepPeriod) ? keepPeriod : periods.isEmpty() ? null : periods.getFirst());
                    choosing = false;
                    firstPage();
                })
                .onFailure(e -> dialogs.showError("Usage", "The customers could not be read: " + e.getMessage())));
    }

    private void firstPage() {
        if (choosing) {
            return;
        }
        starts.clear();
        load(Optional.empty());
    }

    public void nextPage() {
        if (hasNext.get() && !loading.get()) {
            load(next);
        }
    }

    public void previousPage() {
        if (hasPrevious.get() && !loading.get()) {
            starts.removeLast();
            load(starts.removeLast());
        }
    }

    private record Loaded(UsageBrowser.Page page, UsagePages.Totals totals) {
    }

    private void load(Optional<UsagePages.Key> after) {
        String a = account.get();
        YearMonth p = period.get();
        if (a == null || p == null || settings == null) {
            lines.clear();
            pageText.set("");
            return;
        }
        loading.set(true);
        starts.add(after);
        // the totals cost a pass over the cycle: read with the first page, kept for the others
        UsagePages.Totals known = starts.size() > 1 ? totals : null;
        executor.execute(BackgroundTask.of(context -> {
                    UsageBrowser browser = ledger.usageBrowser();
                    return new Loaded(browser.page(a, p, after, PAGE), known != null ? known : browser.totals(a, p));
                })
                .onSuccess(data -> {
                    loading.set(false);
                    totals = data.totals();
                    lines.setAll(data.page().lines().stream().map(l -> UsageLine.of(l, settings)).toList());
                    next = data.page().next();
                    hasNext.set(next.isPresent());
                    hasPrevious.set(starts.size() > 1);
                    long first = (long) (starts.size() - 1) * PAGE;
                    pageText.set(lines.isEmpty() ? "No rated records of " + a + " in " + p + "."
                            : "Records " + Formats.count(first + 1) + "–" + Formats.count(first + lines.size()) + " of "
                            + Formats.count(data.totals().records()) + " · " + Formats.money(settings, data.totals().charges()));
                })
                .onFailure(e -> {
                    loading.set(false);
                    starts.removeLast();
                    dialogs.showError("Usage", "The records could not be read: " + e.getMessage());
                }));
    }

    public ObservableList<String> accounts() {
        return accounts;
    }

    public ObservableList<YearMonth> periods() {
        return periods;
    }

    public ObjectProperty<String> accountProperty() {
        return account;
    }

    public ObjectProperty<YearMonth> periodProperty() {
        return period;
    }

    public ObservableList<UsageLine> lines() {
        return lines;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ExplainModel explain() {
        return explain;
    }

    /** Where "Dispute this record" goes: the Disputes screen, given the selected record's id. */
    public void setOnDisputeRecord(java.util.function.Consumer<String> onDispute) {
        this.onDisputeRecord = onDispute;
    }

    public void disputeSelected() {
        UsageLine line = explain.selectedProperty().get();
        if (line != null) {
            onDisputeRecord.accept(line.recordId());
        }
    }
}
