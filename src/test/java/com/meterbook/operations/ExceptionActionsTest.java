package com.meterbook.operations;

import com.meterbook.billing.Balance;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.ledger.ExceptionItem;
import com.meterbook.testing.Csv;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RATING.md "Exceptions" (resolving is audited) on a real ledger: each action on the small
 * operator, with its tier counters (A1's 6012 PEAK: 0.12/min to 600 s, then 0.06/min), balances and
 * closed cycles.
 */
@Tag("db")
class ExceptionActionsTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    /** From an unknown number, at 09:00, before A1's two calls of the same counter. */
    private static final String U1 = "U1,,03-9999 9999,012-345 6789,2026-01-29 09:00:00,300";
    private static final String T2 = "T2,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,400";
    private static final String T3 = "T3,,03-1111 1111,012-345 6789,2026-01-29 11:00:00,500";
    /** To the UK, which no plan rates. */
    private static final String N1 = "N1,,03-1111 1111,0044 20 7946 0123,2026-01-29 12:00:00,60";
    private static final String BAD = "B1,,03-1111 1111,012-345 6789,2026-01-29 13:00:00,abc";

    private static ExceptionActions actions(TestLedger ledger) {
        return new ExceptionActions(ledger.ledger(), TestLedger.CLOCK, "alice");
    }

    private static ExceptionQueue queue(TestLedger ledger) {
        return new ExceptionQueue(ledger.ledger());
    }

    private static long idOf(TestLedger ledger, String recordId) {
        return queue(ledger).open(ExceptionFilter.ALL).stream().filter(i -> recordId.equals(i.recordId()))
                .findFirst().orElseThrow().id();
    }

    private static List<String> charges(TestLedger ledger, YearMonth period) {
        return Csv.rows(ledger.charges(period)).stream().map(r -> r.get("record_id") + " " + r.get("account") + " " + r.get("charge")).toList();
    }

    /** The contract's invariant after every action: each customer's usage is the sum of its record charges. */
    private static void assertBalancesAreSumsOfCharges(TestLedger ledger, YearMonth period) {
        Map<String, BigDecimal> sums = Csv.rows(ledger.charges(period)).stream().collect(Collectors.groupingBy(r -> r.get("account"),
                Collectors.reducing(BigDecimal.ZERO, r -> new BigDecimal(r.get("charge")), BigDecimal::add)));
        List<Balance> balances = new CycleClose(ledger.ledger(), TestLedger.CLOCK, "test").balances(period);
        for (Balance b : balances) {
            assertThat(b.usage()).as(b.account()).isEqualByComparingTo(sums.getOrDefault(b.account(), BigDecimal.ZERO));
        }
    }

    private static TestLedger small(Path folder) throws Exception {
        TestLedger ledger = TestLedger.create(folder, SmallOperator.settings());
        SmallOperator.load(ledger);
        return ledger;
    }

    @Test
    void assigningAnUnknownCallerRatesItInItsTierPlaceAndRemembersTheNumber(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = small(folder)) {
            ledger.importFile(ledger.write("calls.csv", SmallOperator.file(List.of(U1, T2, T3))), UsageFormat.GENERIC, 100);
            assertThat(charges(ledger, JAN)).containsExactly("T2 A1 0.80", "T3 A1 0.70");
            ExceptionItem item = queue(ledger).item(idOf(ledger, "U1")).orElseThrow();
            assertThat(item.reason()).isEqualTo("UNKNOWN_ACCOUNT");
            assertThat(item.rawLine()).contains("U1,,03-9999 9999,012-345 6789,2026-01-29 09:00:00,300");

            ActionResult result = actions(ledger).assign(List.of(item.id()), "A1");

            assertThat(result.line()).isEqualTo("assign: resolved 1, still open 0, skipped 0");
            // U1 takes the first 300 s of A1's counter, so T2 and T3 move up the tiers, as if it had been known all along
            assertThat(charges(ledger, JAN)).containsExactly("U1 A1 0.60", "T2 A1 0.70", "T3 A1 0.50");
            assertThat(queue(ledger).open(ExceptionFilter.ALL)).isEmpty();
            assertBalancesAreSumsOfCharges(ledger, JAN);
            assertThat(ledger.query("select number from customer_number where account = 'A1' order by number"))
                    .extracting(r -> r.getFirst()).contains("60399999999");

            ledger.importFile(ledger.write("more.csv", SmallOperator.file(List.of(
                    "U2,,(03) 9999 9999,012-345 6789,2026-01-29 12:00:00,60"))), UsageFormat.GENERIC, 100);
            assertThat(charges(ledger, JAN)).contains("U2 A1 0.06");
        }
    }

    @Test
    void everyActionIsAuditedWithTimeAndUserAndShownInTheHistory(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = small(folder)) {
            ledger.importFile(ledger.write("calls.csv", SmallOperator.file(List.of(U1, N1))), UsageFormat.GENERIC, 100);
            long u1 = idOf(ledger, "U1");
            actions(ledger).retry(List.of(u1));
            actions(ledger).assign(List.of(u1), "A2");

            List<HistoryEntry> history = queue(ledger).history(u1);

            assertThat(history).extracting(HistoryEntry::action).containsExactly("queued", "exception retry", "exception assign");
            assertThat(history.get(1).detail()).contains("still UNKNOWN_ACCOUNT");
            assertThat(history.get(2).detail()).contains("assigned to A2", "60399999999 remembered for A2", "rated");
            assertThat(history.subList(1, 3)).allSatisfy(h -> {
                assertThat(h.actor()).isEqualTo("alice");
                assertThat(h.at()).isEqualTo(TestLedger.CLOCK.instant());
            });
            assertThat(ledger.query("select actor, action, subject from audit_entry where subject = 'exception " + u1 + "' order by id"))
                    .containsExactly(List.of("alice", "exception retry", "exception " + u1), List.of("alice", "exception assign", "exception " + u1));
            ExceptionItem resolved = queue(ledger).item(u1).orElseThrow();
            assertThat(resolved.isOpen()).isFalse();
            assertThat(resolved.resolution()).isEqualTo(ExceptionActions.ASSIGNED);
            assertThat(resolved.resolvedBy()).isEqualTo("alice");
        }
    }

    @Test
    void retryRatesWhatTodaysRatesCoverAndLeavesTheRest(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = small(folder)) {
            ledger.importFile(ledger.write("calls.csv", SmallOperator.file(List.of(U1, N1, BAD))), UsageFormat.GENERIC, 100);
            long n1 = idOf(ledger, "N1");
            long u1 = idOf(ledger, "U1");
            long bad = idOf(ledger, "B1");
            ActionResult before = actions(ledger).retry(List.of(n1, bad));
            assertThat(before.stillOpen()).isEqualTo(1);
            assertThat(before.skipped()).extracting(ActionResult.Skipped::why).singleElement().asString().contains("only a write-off");

            ledger.rates("""
                    plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge
                    P,,44,United Kingdom,*,2025-01-01,0,0.60,60,60,0,0,0
                    """);
            ActionResult after = actions(ledger).retryAll();

            assertThat(after.done()).extracting(ActionResult.Done::id).containsExactlyInAnyOrder(n1, u1);
            assertThat(after.resolved()).isEqualTo(1);
            assertThat(charges(ledger, JAN)).containsExactly("N1 A1 0.60");
            assertThat(queue(ledger).open(ExceptionFilter.ALL)).extracting(ExceptionItem::id).containsExactlyInAnyOrder(u1, bad);
            assertBalancesAreSumsOfCharges(ledger, JAN);
            assertThat(actions(ledger).retry(List.of(n1, 999L)).skipped()).extracting(ActionResult.Skipped::why)
                    .containsExactly("exception " + n1 + " is already resolved (RETRIED)", "no exception 999");
        }
    }

    @Test
    void aLateRecordIsBilledInTheNextOpenCycleAndTheClosedCycleStaysAsItWas(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = small(folder)) {
            ledger.importFile(ledger.write("jan.csv", SmallOperator.file(List.of(T2))), UsageFormat.GENERIC, 100);
            ledger.close(JAN);
            String closedBalances = ledger.balances(JAN);
            String closedInvoices = ledger.invoices(JAN);
            List<String> closedCharges = charges(ledger, JAN);
            List<List<Object>> closedRows = ledger.query("select record_id, status, charge from usage_record where period = 202601 order by row_id");
            // F1 is a February call of A1 on 6012 (the 2026-01-31 version: 0.10/min, 0.05/min from 900 s)
            ledger.importFile(ledger.write("feb.csv", SmallOperator.file(List.of(
                    "F1,,03-1111 1111,012-345 6789,2026-02-02 10:00:00,1000"))), UsageFormat.GENERIC, 100);
            ledger.importFile(ledger.write("late.csv", SmallOperator.file(List.of(U1.replace("U1,,03-9999 9999", "L1,,03-1111 1111")))),
                    UsageFormat.GENERIC, 100);
            long late = idOf(ledger, "L1");
            assertThat(queue(ledger).item(late).orElseThrow().reason()).isEqualTo("LATE_RECORD");
            assertThat(charges(ledger, FEB)).containsExactly("F1 A1 1.59");

            ActionResult result = actions(ledger).billNext(List.of(late));

            assertThat(result.resolved()).isEqualTo(1);
            assertThat(result.done().getFirst().detail()).contains("billed in the next open cycle 2026-02");
            // L1 keeps its own date's rates (0.12/min) but counts first in February's counter, so F1 climbs the tier sooner
            assertThat(charges(ledger, FEB)).containsExactly("L1 A1 0.60", "F1 A1 1.34");
            assertBalancesAreSumsOfCharges(ledger, FEB);
            assertThat(ledger.balances(JAN)).isEqualTo(closedBalances);
            assertThat(ledger.invoices(JAN)).isEqualTo(closedInvoices);
            assertThat(charges(ledger, JAN)).isEqualTo(closedCharges);
            assertThat(ledger.query("select record_id, status, charge from usage_record where period = 202601 order by row_id")).isEqualTo(closedRows);

            new Rerate(ledger.ledger(), TestLedger.CLOCK, "test").rerate(FEB);
            assertThat(charges(ledger, FEB)).as("a re-rate keeps L1 in February").containsExactly("L1 A1 0.60", "F1 A1 1.34");
            assertThat(actions(ledger).billNext(List.of(late)).skipped()).extracting(ActionResult.Skipped::why)
                    .containsExactly("exception " + late + " is already resolved (BILLED_NEXT)");
        }
    }

    @Test
    void aWriteOffNeedsACommentAndItsRecordIsNeverCharged(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = small(folder)) {
            ledger.importFile(ledger.write("calls.csv", SmallOperator.file(List.of(U1, BAD))), UsageFormat.GENERIC, 100);
            long u1 = idOf(ledger, "U1");
            long bad = idOf(ledger, "B1");
            assertThatThrownBy(() -> actions(ledger).writeOff(List.of(u1), "  ")).isInstanceOf(ActionRefusedException.class)
                    .hasMessage("a write-off needs a comment");

            ActionResult result = actions(ledger).writeOff(List.of(u1, bad), "test calls of the switch vendor");

            assertThat(result.resolved()).isEqualTo(2);
            assertThat(queue(ledger).open(ExceptionFilter.ALL)).isEmpty();
            assertThat(queue(ledger).item(u1).orElseThrow().note()).isEqualTo("written off: test calls of the switch vendor");
            // the number becomes known, and the cycle is re-rated: the written-off record stays uncharged
            ledger.customers(SmallOperator.CUSTOMERS.replace("03-1111 1111,,", "03-1111 1111;03-9999 9999,,"));
            new Rerate(ledger.ledger(), TestLedger.CLOCK, "test").rerate(JAN);
            assertThat(charges(ledger, JAN)).isEmpty();
            assertThat(queue(ledger).history(u1)).extracting(HistoryEntry::action).containsExactly("queued", "exception write-off");
        }
    }

    @Test
    void assigningRefusesAnUnknownCustomerAndItemsThatAreNotCustomerProblems(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = small(folder)) {
            ledger.importFile(ledger.write("calls.csv", SmallOperator.file(List.of(U1, BAD))), UsageFormat.GENERIC, 100);
            long u1 = idOf(ledger, "U1");
            assertThatThrownBy(() -> actions(ledger).assign(List.of(u1), "NOPE")).isInstanceOf(ActionRefusedException.class)
                    .hasMessage("no customer NOPE");
            assertThat(queue(ledger).item(u1).orElseThrow().isOpen()).isTrue();

            ActionResult result = actions(ledger).assign(List.of(idOf(ledger, "B1")), "A1");
            assertThat(result.done()).isEmpty();
            assertThat(result.skipped()).singleElement().extracting(ActionResult.Skipped::why).asString().contains("no stored record");
        }
    }

    @Test
    void theQueueFiltersByReasonSourceAndQueuedDate(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = small(folder)) {
            ledger.importFile(ledger.write("a.csv", SmallOperator.file(List.of(U1, BAD))), UsageFormat.GENERIC, 100);
            ledger.importFile(ledger.write("b.csv", SmallOperator.file(List.of(N1))), UsageFormat.GENERIC, 100);
            java.time.LocalDate today = TestLedger.CLOCK.instant().atZone(TestLedger.KL).toLocalDate();
            var q = queue(ledger);
            assertThat(q.open(new ExceptionFilter(java.util.Optional.of("NO_RATE"), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty()))).extracting(ExceptionItem::recordId).containsExactly("N1");
            assertThat(q.open(new ExceptionFilter(java.util.Optional.empty(), java.util.Optional.of("a.csv"), java.util.Optional.of(today),
                    java.util.Optional.of(today)))).extracting(ExceptionItem::recordId).containsExactly("B1", "U1");
            assertThat(q.open(new ExceptionFilter(java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of(today.plusDays(1)),
                    java.util.Optional.empty()))).isEmpty();
        }
    }
}
