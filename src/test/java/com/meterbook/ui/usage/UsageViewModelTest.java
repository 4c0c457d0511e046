package com.meterbook.ui.usage;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.CurrentThreadTaskExecutor;
import com.meterbook.ui.common.FakeDialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The usage browser's view model: customers and cycles, pages in cycle order, and the explanation of a record. */
@Tag("db")
class UsageViewModelTest {

    @Test
    void pagesThroughACustomersCycleInCycleOrder(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = UiFixtures.smallOperator(folder)) {
            ledger.importFile(ledger.write("calls.csv", SmallOperator.file(UiFixtures.calls(1, 1_100))), UsageFormat.GENERIC, 10_000);
            FakeDialogService dialogs = new FakeDialogService();
            UsageViewModel model = new UsageViewModel(new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test"),
                    new CurrentThreadTaskExecutor(), dialogs);

            model.setActive(true);

            assertThat(model.accounts()).containsExactly("A1", "A2", "A3", "A4");
            assertThat(model.accountProperty().get()).isEqualTo("A1");
            assertThat(model.periodProperty().get()).isEqualTo(YearMonth.of(2026, 1));
            assertThat(model.lines()).hasSize(UsageViewModel.PAGE);
            assertThat(model.pageTextProperty().get()).isEqualTo("Records 1–500 of 1,100 · RM 34.35");
            // the fixture's clock wraps after 600 calls: B000600 is at 08:00, then B000001 and B000601 share 08:01
            assertThat(model.lines().subList(0, 3)).extracting(UsageLine::recordId).containsExactly("B000600", "B000001", "B000601");
            assertThat(model.lines().getFirst().duration().text()).isEqualTo("1:00");
            assertThat(model.lines().getFirst().charge().format()).isEqualTo("RM 0.12");
            assertThat(model.hasPreviousProperty().get()).isFalse();

            model.nextPage();
            List<String> second = model.lines().stream().map(UsageLine::recordId).toList();
            model.nextPage();
            assertThat(model.pageTextProperty().get()).isEqualTo("Records 1,001–1,100 of 1,100 · RM 34.35");
            assertThat(model.lines()).hasSize(100);
            assertThat(model.hasNextProperty().get()).isFalse();
            model.previousPage();
            assertThat(model.pageTextProperty().get()).startsWith("Records 501–1,000");
            assertThat(model.lines()).extracting(UsageLine::recordId).isEqualTo(second);

            model.accountProperty().set("A2");
            assertThat(model.lines()).isEmpty();
            assertThat(model.pageTextProperty().get()).isEqualTo("No rated records of A2 in 2026-01.");
            assertThat(dialogs.errors()).isEmpty();
        }
    }

    @Test
    void explainsTheSelectedRecord(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = UiFixtures.smallOperator(folder)) {
            ledger.importFile(ledger.write("calls.csv", SmallOperator.file(List.of(
                    "T2,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,400",
                    "T3,,03-1111 1111,012-345 6789,2026-01-29 11:00:00,500"))), UsageFormat.GENERIC, 100);
            UsageViewModel model = new UsageViewModel(new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test"),
                    new CurrentThreadTaskExecutor(), new FakeDialogService());
            model.setActive(true);
            ExplainModel explain = model.explain();

            explain.selectedProperty().set(model.lines().get(1));
            explain.explain();

            assertThat(explain.titleProperty().get()).isEqualTo("How T3 was rated");
            assertThat(explain.textProperty().get()).contains("C = 400: A1's billed quantity of prefix 6012 earlier in 2026-01",
                    "positions 0 to 200: 200 x 1 at 0.12 per 60 (slot 0, tier 0, C+p from 400) = 0.4",
                    "positions 200 to 500: 300 x 1 at 0.06 per 60 (slot 0, tier 600, C+p from 600) = 0.3",
                    "rounded once to 2 places HALF_UP: 0.7 -> 0.70");
            assertThat(explain.storedProperty().get()).isEqualTo("Today's rating gives the stored charge 0.7 (A1, 2026-01).");

            List<String> disputed = new java.util.ArrayList<>();
            model.setOnDisputeRecord(disputed::add);
            model.disputeSelected();
            assertThat(disputed).containsExactly("T3");
        }
    }
}
