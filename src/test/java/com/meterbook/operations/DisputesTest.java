package com.meterbook.operations;

import com.meterbook.billing.Balance;
import com.meterbook.billing.CreditNote;
import com.meterbook.billing.DisputeStatus;
import com.meterbook.billing.DisputeTarget;
import com.meterbook.billing.Invoice;
import com.meterbook.testing.DisputeFixture;
import com.meterbook.testing.MutableClock;
import com.meterbook.testing.TestLedger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Disputes end to end on a real ledger: figures from {@link DisputeFixture}, worked out by hand in the comments. */
@Tag("db")
class DisputesTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final String CLOSED_ROWS = "select b.account, b.period, b.brought_forward, b.usage_amount, b.recurring, b.subtotal, "
            + "b.invoiced, b.carried_forward, i.invoice_no, i.tax, i.total, i.issued_at from balance b left join invoice i "
            + "on i.account = b.account and i.period = b.period where b.period = 202601 order by b.account";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-02-03T09:30:00Z"));

    @Test
    void aCreditIsDeductedAtTheNextCloseAndTheClosedCycleStaysAsItWas(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = DisputeFixture.january(folder)) {
            ledger.close(JAN);
            // January, A1: 12.34 + 5.00 = 17.34, tax 1.0404 -> 1.04, total 18.38 (MAIN-000001)
            List<List<Object>> januaryRows = ledger.query(CLOSED_ROWS);
            String januaryBalances = ledger.balances(JAN);
            String januaryInvoices = ledger.invoices(JAN);
            Disputes disputes = new Disputes(ledger.ledger(), clock);

            long id = disputes.open(DisputeTarget.record("c1"), "call was dropped after a minute", "aisha");
            clock.advance(Duration.ofHours(2));
            disputes.comment(id, "switch log confirms the drop", "ben");
            CreditNote note = disputes.credit(id, new BigDecimal("12.34"), "refund the call", "aisha");
            assertThat(note.number()).isEqualTo("MAIN-CN-000001");

            assertThat(ledger.query(CLOSED_ROWS)).as("January's stored rows").isEqualTo(januaryRows);
            assertThat(ledger.balances(JAN)).isEqualTo(januaryBalances);
            assertThat(ledger.invoices(JAN)).isEqualTo(januaryInvoices);

            DisputeFixture.february(ledger);
            List<Balance> february = ledger.close(FEB);
            // February, A1: gross 0.00 + 20.00 + 0.00 = 20.00; credit 12.34 -> subtotal 7.66
            // tax 7.66 * 0.06 = 0.4596 -> 0.46; total 8.12 (MAIN-000002)
            Invoice a1 = february.getFirst().invoice().orElseThrow();
            assertThat(a1.number()).isEqualTo("MAIN-000002");
            assertThat(a1.credit()).isEqualTo(new BigDecimal("12.34"));
            assertThat(a1.subtotal()).isEqualTo(new BigDecimal("7.66"));
            assertThat(a1.tax()).isEqualTo(new BigDecimal("0.46"));
            assertThat(a1.total()).isEqualTo(new BigDecimal("8.12"));
            assertThat(ledger.balances(FEB)).contains("A1,2026-02,0.00,20.00,0.00,7.66,true,0.00");
            assertThat(ledger.invoices(FEB)).contains("MAIN-000002,A1,2026-02,0.00,20.00,0.00,0.46,8.12");
            // B1 has no credit: 1.50, tax 0.09, total 1.59, as the contract gives it
            assertThat(ledger.invoices(FEB)).contains("EAST-000002,B1,2026-02,0.00,1.50,0.00,0.09,1.59");
            assertThat(ledger.query(CLOSED_ROWS)).as("January's stored rows after February's close").isEqualTo(januaryRows);

            assertThat(disputes.show(id).history()).extracting(HistoryEntry::action)
                    .containsExactly("dispute open", "dispute comment", "credit note issue", "credit note apply");
            assertThat(disputes.show(id).history().getLast().detail())
                    .isEqualTo("MAIN-CN-000001: 12.34 deducted at the close of 2026-02 (invoice MAIN-000002), 0.00 left");
            assertThat(new CreditNotes(ledger.ledger()).all().getFirst().remaining()).isEqualByComparingTo("0");
        }
    }

    @Test
    void aCreditLargerThanTheNextCycleStaysOpenForTheOneAfter(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = DisputeFixture.january(folder)) {
            ledger.close(JAN);
            Disputes disputes = new Disputes(ledger.ledger(), clock);
            // an invoice's subtotal before tax may be credited whole: EAST-000001 billed 3.00 (+0.18 tax)
            long id = disputes.open(DisputeTarget.invoice("EAST-000001"), "wrong plan", "aisha");
            assertThatThrownBy(() -> disputes.credit(id, new BigDecimal("3.18"), null, "aisha")).isInstanceOf(ActionRefusedException.class)
                    .hasMessage("amount 3.18 is more than the invoice's subtotal before tax 3.00 (at most 3.00)");
            disputes.credit(id, new BigDecimal("3.00"), null, "aisha");
            DisputeFixture.february(ledger);
            // February, B1: gross 1.50; credit 1.50 of 3.00 -> subtotal 0.00, carried 0.00; 1.50 left open
            ledger.close(FEB);
            assertThat(ledger.balances(FEB)).contains("B1,2026-02,0.00,1.50,0.00,0.00,false,0.00");
            assertThat(new CreditNotes(ledger.ledger()).all().getFirst().remaining()).isEqualByComparingTo("1.50");
        }
    }

    @Test
    void creditNoteNumbersRunPerEntityWithoutGaps(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = DisputeFixture.january(folder)) {
            Disputes disputes = new Disputes(ledger.ledger(), clock);
            long c1 = disputes.open(DisputeTarget.record("c1"), "r", "a");
            long c2 = disputes.open(DisputeTarget.record("c2"), "r", "a");
            long c3 = disputes.open(DisputeTarget.record("c3"), "r", "a");
            assertThatThrownBy(() -> disputes.credit(c2, new BigDecimal("5.01"), null, "a"))
                    .hasMessage("amount 5.01 is more than the record's charge 5.00 (at most 5.00)");
            assertThat(disputes.credit(c3, new BigDecimal("1"), null, "a").number()).isEqualTo("EAST-CN-000001");
            assertThat(disputes.credit(c2, new BigDecimal("5.00"), null, "a").number()).isEqualTo("MAIN-CN-000001");
            assertThat(disputes.credit(c1, new BigDecimal("0.01"), null, "a").number()).isEqualTo("MAIN-CN-000002");
            long again = disputes.open(DisputeTarget.record("c2"), "more", "a");
            assertThatThrownBy(() -> disputes.credit(again, new BigDecimal("0.01"), null, "a"))
                    .hasMessage("amount 0.01 is more than the record's charge 5.00 less 5.00 already credited (at most 0.00)");
            assertThat(new CreditNotes(ledger.ledger()).all()).extracting(r -> r.note().number())
                    .containsExactly("EAST-CN-000001", "MAIN-CN-000001", "MAIN-CN-000002");
        }
    }

    @Test
    void aRejectionLeavesTheBalancesAsTheyWere(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = DisputeFixture.january(folder)) {
            String before = ledger.balances(JAN);
            Disputes disputes = new Disputes(ledger.ledger(), clock);
            long id = disputes.open(DisputeTarget.record("c2"), "too dear", "aisha");
            disputes.reject(id, "rate as agreed in the contract", "ben");
            assertThat(ledger.balances(JAN)).isEqualTo(before);
            DisputeDetail detail = disputes.show(id);
            assertThat(detail.dispute().status()).isEqualTo(DisputeStatus.REJECTED);
            assertThat(detail.comments()).extracting(c -> c.author() + ": " + c.text()).containsExactly("ben: rate as agreed in the contract");
            assertThat(detail.history()).extracting(h -> h.actor() + " " + h.action())
                    .containsExactly("aisha dispute open", "ben dispute reject");
            assertThatThrownBy(() -> disputes.credit(id, BigDecimal.ONE, null, "a")).hasMessage("dispute " + id + " is already rejected");
            assertThatThrownBy(() -> disputes.reject(id, "again", "a")).hasMessage("dispute " + id + " is already rejected");
        }
    }

    @Test
    void openingNeedsABilledTargetAndOneOpenDisputeAtATime(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = DisputeFixture.january(folder)) {
            Disputes disputes = new Disputes(ledger.ledger(), clock);
            assertThatThrownBy(() -> disputes.open(DisputeTarget.record("nope"), "r", "a")).hasMessage("no record nope");
            assertThatThrownBy(() -> disputes.open(DisputeTarget.invoice("MAIN-000009"), "r", "a")).hasMessage("no invoice MAIN-000009");
            assertThatThrownBy(() -> disputes.open(DisputeTarget.record("c1"), " ", "a")).hasMessage("a dispute needs a reason");
            long id = disputes.open(DisputeTarget.record("c1"), "r", "a");
            assertThatThrownBy(() -> disputes.open(DisputeTarget.record("c1"), "r", "a"))
                    .hasMessage("record c1 already has open dispute " + id);
            assertThatThrownBy(() -> disputes.reject(id, "", "a")).hasMessage("a rejection needs a comment");
            assertThatThrownBy(() -> disputes.comment(99, "x", "a")).hasMessage("no dispute 99");
        }
    }
}
