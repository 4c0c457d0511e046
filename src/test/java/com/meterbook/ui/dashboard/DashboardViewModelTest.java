package com.meterbook.ui.dashboard;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.ledger.ReportQueries.ChangeStamp;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.CurrentThreadTaskExecutor;
import com.meterbook.testing.MutableClock;
import com.meterbook.ui.common.FakeDialogService;
import com.meterbook.ui.common.IntPreference;
import com.meterbook.ui.common.MemoryPreferences;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.LedgerWatcher;
import com.meterbook.ui.common.UiFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static com.meterbook.domain.DestinationClass.FIXED;
import static com.meterbook.domain.DestinationClass.INTERNATIONAL;
import static com.meterbook.domain.DestinationClass.MOBILE;
import static com.meterbook.domain.DestinationClass.SERVICES;
import static com.meterbook.domain.DestinationClass.SHARED_COST;
import static com.meterbook.domain.DestinationClass.TOLL_FREE;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's view model on a real ledger, with tasks run at once and the poll ticked by hand. */
@Tag("db")
class DashboardViewModelTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final AtomicInteger cycleReads = new AtomicInteger();
    /** The imports' clock: records arrive at TestLedger.CLOCK, 2026-03-05 10:00 in Kuala Lumpur. */
    private final MutableClock clock = new MutableClock(TestLedger.CLOCK.instant());
    private final MemoryPreferences preferences = new MemoryPreferences();
    private LedgerWatcher watcher;
    private DashboardViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        LedgerService service = new LedgerService(ledger.ledger(), clock, "test") {
            @Override
            public CycleSnapshot cycle(Optional<YearMonth> wanted) {
                cycleReads.incrementAndGet();
                return super.cycle(wanted);
            }
        };
        watcher = new LedgerWatcher(service, executor);
        model = new DashboardViewModel(service, executor, dialogs, watcher.stampProperty(),
                new IntPreference(preferences, "staleAfterMinutes", 5, 1, 1440));
        watcher.start(Duration.ofSeconds(1));
    }

    @AfterEach
    void tearDown() {
        watcher.close();
        ledger.close();
    }

    private void importCalls(String name, List<String> lines) throws Exception {
        ledger.importFile(ledger.write(name, SmallOperator.file(lines)), UsageFormat.GENERIC, 100);
    }

    /**
     * A1: T1 300 s peak at 0.12/min = 0.60 and T6 90 s to 6017 (0.02 + 0.15/min on 30/6) = 0.25, under
     * the ledger's 1.00; A2: T3 500 s on its own 6012 rows, 120 s at 0.10 and 380 s at 0.05 = 0.52,
     * over its own 0.50; A3 and A4 nothing, A3 against its own 5.00.
     */
    @Test
    void showsPendingChargesLargestFirstWithTheCarryForwardState() throws Exception {
        importCalls("calls.csv", UiFixtures.CALLS_WITH_BAD_LINES);
        model.setActive(true);

        assertThat(model.periodProperty().get()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(model.rows()).extracting(CustomerRow::account).containsExactly("A1", "A2", "A3", "A4");
        CustomerRow a1 = model.rows().getFirst();
        assertThat(a1.pending().format()).isEqualTo("RM 0.85");
        assertThat(a1.state()).isEqualTo("RM 0.85 / RM 1.00 threshold");
        CustomerRow a2 = model.rows().get(1);
        assertThat(a2.pending().format()).isEqualTo("RM 0.52");
        assertThat(a2.invoiced()).isTrue();
        assertThat(a2.state()).isEqualTo("Invoice");
        assertThat(model.rows().get(2).state()).isEqualTo("RM 0.00 / RM 5.00 threshold");
        assertThat(model.pendingTotalProperty().get()).isEqualTo("RM 1.37");
        assertThat(model.invoiceSummaryProperty().get()).isEqualTo("1 customer, RM 0.52");
        assertThat(model.carrySummaryProperty().get()).isEqualTo("3 customers, RM 0.85");
        assertThat(model.openExceptionsProperty().get()).isEqualTo("3");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void reloadsWhenRecordsArriveAndOnlyThen() throws Exception {
        model.setActive(true);
        assertThat(model.pendingTotalProperty().get()).isEqualTo("RM 0.00");
        int reads = cycleReads.get();

        executor.tick();
        executor.tick();
        assertThat(cycleReads.get()).as("no change, no reload").isEqualTo(reads);

        importCalls("more.csv", UiFixtures.calls(1, 10));
        executor.tick();

        assertThat(cycleReads.get()).isEqualTo(reads + 1);
        assertThat(model.rows().getFirst().account()).isEqualTo("A1");
        assertThat(model.rows().getFirst().pending().format()).isEqualTo("RM 1.20");
        assertThat(model.rows().getFirst().state()).isEqualTo("Invoice");
    }

    @Test
    void anotherCycleCanBeChosenAndStaysChosen() throws Exception {
        importCalls("two-months.csv", List.of(
                "T1,,03-1111 1111,012-345 6789,2026-01-29 09:00:00,300",
                "T7,,03-1111 1111,012-345 6789,2026-02-03 09:00:00,60"));
        model.setActive(true);
        assertThat(model.periods()).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2));

        model.periodProperty().set(YearMonth.of(2026, 2));
        importCalls("later.csv", UiFixtures.calls(100, 1));
        executor.tick();

        assertThat(model.periodProperty().get()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(model.rows().getFirst().pending().format()).isEqualTo("RM 0.10");
    }

    @Test
    void aHiddenDashboardReadsNothing() throws Exception {
        importCalls("calls.csv", UiFixtures.CALLS_WITH_BAD_LINES);
        executor.tick();
        assertThat(cycleReads.get()).isZero();

        model.setActive(true);
        assertThat(cycleReads.get()).isEqualTo(1);
        model.setActive(false);
        importCalls("more.csv", UiFixtures.calls(1, 10));
        executor.tick();
        assertThat(cycleReads.get()).isEqualTo(1);
    }

    @Test
    void theStampOfTheShownDataIsNotReadAgainAsAChange() {
        model.setActive(true);
        ChangeStamp stamp = watcher.stampProperty().get();
        int reads = cycleReads.get();
        watcher.poll();
        assertThat(watcher.stampProperty().get()).isEqualTo(stamp);
        assertThat(cycleReads.get()).isEqualTo(reads);
    }

    @Test
    void theMarkerIsLiveUntilNothingArrivedForTheSetTimeAndTheAgeFollowsTheClockWithoutReading() throws Exception {
        model.setActive(true);
        assertThat(model.lastRecordProperty().get()).isEqualTo("No records yet");
        assertThat(model.liveTextProperty().get()).isEqualTo("STALE");

        importCalls("calls.csv", UiFixtures.calls(1, 3));
        clock.advance(Duration.ofSeconds(14));
        executor.tick();
        assertThat(model.lastRecordProperty().get()).isEqualTo("Last record 14 s ago");
        assertThat(model.liveTextProperty().get()).isEqualTo("LIVE");
        assertThat(model.liveProperty().get()).isTrue();
        int reads = cycleReads.get();

        clock.set(TestLedger.CLOCK.instant().plus(Duration.ofMinutes(5)).minusSeconds(1));
        executor.tick();
        assertThat(model.lastRecordProperty().get()).isEqualTo("Last record 4 min ago");
        assertThat(model.liveTextProperty().get()).isEqualTo("LIVE");

        clock.advance(Duration.ofSeconds(1));
        executor.tick();
        assertThat(model.liveTextProperty().get()).isEqualTo("STALE");
        assertThat(model.lastRecordProperty().get()).isEqualTo("Last record 5 min ago");
        assertThat(cycleReads.get()).as("the clock moves the age, the ledger is not read").isEqualTo(reads);

        model.staleMinutesProperty().set(10);
        assertThat(model.liveTextProperty().get()).isEqualTo("LIVE");
        assertThat(preferences.getInt("staleAfterMinutes", 0)).as("kept for the next run").isEqualTo(10);
        clock.advance(Duration.ofHours(3));
        executor.tick();
        assertThat(model.lastRecordProperty().get()).isEqualTo("Last record 3 h ago");
        assertThat(model.liveTextProperty().get()).isEqualTo("STALE");
    }

    @Test
    void theStaleTimeComesFromThePreferencesWithinItsBounds() {
        preferences.putInt("staleAfterMinutes", 0);
        DashboardViewModel again = new DashboardViewModel(new LedgerService(ledger.ledger(), clock, "test"), executor, dialogs,
                watcher.stampProperty(), new IntPreference(preferences, "staleAfterMinutes", 5, 1, 1440));
        assertThat(again.staleMinutesProperty().get()).isEqualTo(1);
    }

    @Test
    void recordsRatedTodayCountTodaysChargedArrivalsInTheLedgersZone() throws Exception {
        importCalls("calls.csv", UiFixtures.CALLS_WITH_BAD_LINES);
        model.setActive(true);
        assertThat(model.ratedTodayProperty().get()).as("T1, T3 and T6 rated; T5 queued, T2 and T4 invalid").isEqualTo("3");

        // 2026-03-06 00:00 in Kuala Lumpur: a new day, and nothing arrived in it
        clock.set(java.time.Instant.parse("2026-03-05T16:00:00Z"));
        executor.tick();
        assertThat(model.ratedTodayProperty().get()).isEqualTo("0");
        assertThat(model.lastRecordProperty().get()).isEqualTo("Last record 14 h ago");
    }

    @Test
    void theChartCountsEachDayOfTheCycleByDestinationClass() throws Exception {
        importCalls("destinations.csv", List.of(
                "D1,,03-1111 1111,012-345 6789,2026-01-10 09:00:00,60",
                "D2,,03-1111 1111,017-765 4321,2026-01-10 09:01:00,60",
                "D3,,03-1111 1111,03-2141 5000,2026-01-10 09:02:00,60",
                "D4,,03-1111 1111,01800-22-9434,2026-01-10 09:03:00,60",
                "D5,,03-1111 1111,1-300-88-1234,2026-01-10 09:04:00,60",
                "D6,,03-1111 1111,0044 20 7946 0123,2026-01-10 09:05:00,60",
                "D7,,03-1111 1111,+65 6223 4455,2026-01-31 23:30:00,60",
                "D8,,03-1111 1111,012-345 6789,2026-01-31T16:30:00Z,60"));
        model.setActive(true);

        assertThat(model.usageDays()).hasSize(31);
        assertThat(model.usageDays().getFirst().date()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
        assertThat(model.usageDays().getFirst().total()).isZero();
        var tenth = model.usageDays().get(9).records();
        assertThat(tenth).containsEntry(MOBILE, 2L).containsEntry(FIXED, 1L).containsEntry(TOLL_FREE, 1L).containsEntry(SHARED_COST, 1L)
                .containsEntry(INTERNATIONAL, 1L).containsEntry(SERVICES, 0L);
        assertThat(model.usageDays().get(30).records()).as("D8 starts 2026-02-01 00:30 local: the next cycle")
                .containsEntry(INTERNATIONAL, 1L).containsEntry(MOBILE, 0L);
    }
}
