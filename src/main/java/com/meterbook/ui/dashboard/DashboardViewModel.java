package com.meterbook.ui.dashboard;

import com.meterbook.ledger.ReportQueries.ChangeStamp;
import com.meterbook.operations.UsageActivity;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.Formats;
import com.meterbook.ui.common.IntPreference;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.Reloader;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Pending charges of an open cycle per customer, largest first, with the cycle's totals, the open
 * exceptions, records rated today, the age of the newest record with a LIVE / STALE marker, and the
 * cycle's records per day and destination class. It reloads through a {@link Reloader} when the
 * ledger's change stamp moves and when another cycle is chosen, while it is shown; the age and the
 * marker follow the clock every second without reading the ledger.
 */
public final class DashboardViewModel {

    static final Duration TICK = Duration.ofSeconds(1);

    private final TaskExecutor executor;
    private final Clock clock;
    private final IntPreference staleSetting;
    private final Reloader<DashboardData> reloader;

    private final ObservableList<CustomerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<YearMonth> periods = FXCollections.observableArrayList();
    private final ObservableList<UsageActivity.Day> usageDays = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> period = new SimpleObjectProperty<>(this, "period");
    private final ReadOnlyStringWrapper pendingTotal = new ReadOnlyStringWrapper(this, "pendingTotal", "");
    private final ReadOnlyStringWrapper invoiceSummary = new ReadOnlyStringWrapper(this, "invoiceSummary", "");
    private final ReadOnlyStringWrapper carrySummary = new ReadOnlyStringWrapper(this, "carrySummary", "");
    private final ReadOnlyStringWrapper openExceptions = new ReadOnlyStringWrapper(this, "openExceptions", "");
    private final ReadOnlyStringWrapper ratedToday = new ReadOnlyStringWrapper(this, "ratedToday", "");
    private final ReadOnlyStringWrapper lastRecord = new ReadOnlyStringWrapper(this, "lastRecord", "");
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live");
    private final ReadOnlyStringWrapper liveText = new ReadOnlyStringWrapper(this, "liveText", "STALE");
    private final IntegerProperty staleMinutes;

    private Optional<YearMonth> chosen = Optional.empty();
    private Optional<Instant> lastArrival = Optional.empty();
    private LocalDate loadedOn;
    private ZoneId zone = ZoneId.systemDefault();
    private boolean assigning;
    private TaskExecutor.Cancellable ticker;

    public DashboardViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs,
                              ObservableValue<ChangeStamp> changes, IntPreference staleAfterMinutes) {
        this.executor = executor;
        this.clock = ledger.clock();
        this.staleSetting = staleAfterMinutes;
        this.staleMinutes = new SimpleIntegerProperty(this, "staleMinutes", staleAfterMinutes.get());
        this.reloader = new Reloader<>(executor, () -> {
            Optional<YearMonth> wanted = chosen;
            return context -> {
                var snapshot = ledger.cycle(wanted);
                return DashboardData.of(snapshot, ledger.usageActivity().read(snapshot.period()));
            };
        }, this::show, e -> dialogs.showError("Dashboard", "The cycle could not be read: " + e.getMessage()));
        reloader.follow(changes);
        period.addListener((o, old, now) -> {
            if (!assigning && now != null) {
                chosen = Optional.of(now);
                reloader.request();
            }
        });
        staleMinutes.addListener((o, old, now) -> {
            staleSetting.set(now.intValue());
            tick();
        });
    }

    /**
     * Shown or hidden. Only a shown dashboard follows changes and the clock: a hidden one reads
     * nothing, so that no cycle is read while the start screen is still setting the ledger up.
     */
    private Runnable onOpenExceptions = () -> { };

    /** What "Review" on the open exceptions does: the desktop shows the whole queue. */
    public void setOnOpenExceptions(Runnable action) {
        this.onOpenExceptions = java.util.Objects.requireNonNull(action);
    }

    public void openExceptions() {
        onOpenExceptions.run();
    }

    public void setActive(boolean active) {
        if (active && ticker == null) {
            ticker = executor.every(TICK, this::tick);
        } else if (!active && ticker != null) {
            ticker.cancel();
            ticker = null;
        }
        reloader.setActive(active);
    }

    /** Loads the cycle the user chose, or else the next to close, in the background. */
    public void reload() {
        reloader.request();
    }

    private void show(DashboardData data) {
        assigning = true;
        try {
            periods.setAll(data.openPeriods());
            period.set(data.period());
            rows.setAll(data.rows());
            pendingTotal.set(data.pendingTotal());
            invoiceSummary.set(data.invoiceSummary());
            carrySummary.set(data.carrySummary());
            openExceptions.set(Formats.count(data.openExceptions()));
            ratedToday.set(Formats.count(data.activity().ratedToday()));
            usageDays.setAll(data.activity().days());
            lastArrival = data.activity().lastArrival();
            zone = data.zone();
            loadedOn = LocalDate.now(clock.withZone(zone));
        } finally {
            assigning = false;
        }
        tick();
    }

    /** Every second: the newest record's age and the marker from the clock; a new day reloads "rated today". */
    void tick() {
        Instant now = clock.instant();
        Duration stale = Duration.ofMinutes(staleMinutes.get());
        lastRecord.set(lastArrival.map(at -> "Last record " + UsageActivity.ago(Duration.between(at, now))).orElse("No records yet"));
        live.set(lastArrival.map(at -> Duration.between(at, now).compareTo(stale) < 0).orElse(false));
        liveText.set(live.get() ? "LIVE" : "STALE");
        if (loadedOn != null && !loadedOn.equals(LocalDate.now(clock.withZone(zone))) && reloader.isActive()) {
            loadedOn = null;
            reloader.request();
        }
    }

    public ObservableList<CustomerRow> rows() {
        return rows;
    }

    public ObservableList<YearMonth> periods() {
        return periods;
    }

    /** Every day of the shown cycle with its records per destination class. */
    public ObservableList<UsageActivity.Day> usageDays() {
        return usageDays;
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

    public ReadOnlyStringProperty ratedTodayProperty() {
        return ratedToday.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastRecordProperty() {
        return lastRecord.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty liveTextProperty() {
        return liveText.getReadOnlyProperty();
    }

    /** Minutes without a new record after which the marker says STALE; kept between runs. */
    public IntegerProperty staleMinutesProperty() {
        return staleMinutes;
    }

    public int staleMinutesMin() {
        return staleSetting.min();
    }

    public int staleMinutesMax() {
        return staleSetting.max();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return reloader.loadingProperty();
    }
}
