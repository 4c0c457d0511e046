package com.meterbook.ui.dashboard;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.ledger.ReportQueries.ChangeStamp;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.CurrentThreadTaskExecutor;
import com.meterbook.ui.common.FakeDialogService;
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
    private LedgerWatcher watcher;
    private DashboardViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        LedgerService service = new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test") {
            @Override
            public CycleSnapshot cycle(Optional<YearMonth> wanted) {
                cycleReads.incrementAndGet();
                return super.cycle(wanted);
            }
        };
        watcher = new LedgerWatcher(service, executor);
        model = new DashboardViewModel(service, executor, dialogs, watcher.stampProperty());
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
}
