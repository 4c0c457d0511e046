package com.meterbook.ui.closing;

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

/** The close screen's view model: preview per customer, a refused close says why, a confirmed close closes. */
@Tag("db")
class CloseViewModelTest {

    @Test
    void previewsTheNextCycleThenClosesIt(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = UiFixtures.smallOperator(folder)) {
            ledger.importFile(ledger.write("calls.csv", SmallOperator.file(List.of(
                    "J1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,700",
                    "J2,,012-222 2222,03-2141 5000,2026-01-30 19:00:00,61",
                    "F1,,03-1111 1111,012-345 6789,2026-02-03 10:00:00,60"))), UsageFormat.GENERIC, 10_000);
            FakeDialogService dialogs = new FakeDialogService();
            CloseViewModel model = new CloseViewModel(new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test"),
                    new CurrentThreadTaskExecutor(), dialogs);

            model.setActive(true);

            assertThat(model.periods()).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
            assertThat(model.periodProperty().get()).isEqualTo(YearMonth.of(2026, 1));
            // J1: 600 s at 0.12/60 + 100 s at 0.06/60 = 1.30 (A1, invoiced); J2: 2 x 60 s at 0.05/60 + 0.01 = 0.11 (A2, under 0.50)
            CloseRow a1 = model.rows().stream().filter(r -> r.account().equals("A1")).findFirst().orElseThrow();
            assertThat(a1.total().format()).isEqualTo("RM 1.30");
            assertThat(a1.outcome()).isEqualTo("Invoice MAIN-000001");
            assertThat(a1.usageChange().format()).isEqualTo("RM 1.30");
            CloseRow a2 = model.rows().stream().filter(r -> r.account().equals("A2")).findFirst().orElseThrow();
            assertThat(a2.outcome()).isEqualTo("Carry forward (< RM 0.50)");
            assertThat(model.summaryProperty().get()).isEqualTo("1 invoices, RM 1.30 · 3 carried forward, RM 0.11");
            assertThat(model.canCloseProperty().get()).isTrue();

            model.periodProperty().set(YearMonth.of(2026, 2));
            assertThat(model.statusProperty().get()).isEqualTo("Cannot close 2026-02: cycle 2026-01 has records and is still open: close it first");
            assertThat(model.canCloseProperty().get()).isFalse();

            model.periodProperty().set(YearMonth.of(2026, 1));
            model.close();

            assertThat(model.resultProperty().get()).isEqualTo("Closed 2026-01: 1 invoices, 3 carried forward.");
            assertThat(model.periods()).containsExactly(YearMonth.of(2026, 2));
            assertThat(model.periodProperty().get()).as("the next cycle is previewed").isEqualTo(YearMonth.of(2026, 2));
            assertThat(model.rows()).isNotEmpty();
            assertThat(new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test").closePreview(YearMonth.of(2026, 2)))
                    .filteredOn(l -> l.balance().account().equals("A2")).singleElement()
                    .satisfies(l -> assertThat(l.balance().broughtForward()).isEqualByComparingTo("0.11"));
            assertThat(dialogs.errors()).isEmpty();
        }
    }
}
