package com.meterbook.operations;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.Csv;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RATING.md step 6 on one worked example: A1's 6012 PEAK tiers are 0.12/min to 600 s, then 0.06/min.
 * Calls of 300 s (09:00), 400 s (10:00) and 500 s (11:00) on Thursday 2026-01-29 cost 0.60, 0.70 and
 * 0.50 in cycle order; when the 09:00 call arrives last, the two calls after it must be re-rated.
 */
@Tag("db")
class LateRecordTest {

    private static final String T1 = "T1,,03-1111 1111,012-345 6789,2026-01-29 09:00:00,300";
    private static final String T2 = "T2,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,400";
    private static final String T3 = "T3,,03-1111 1111,012-345 6789,2026-01-29 11:00:00,500";

    private static List<String> charges(TestLedger ledger) {
        return Csv.rows(ledger.charges(null)).stream().map(r -> r.get("record_id") + " " + r.get("charge")).toList();
    }

    @Test
    void aLateCallReRatesTheCallsAfterIt(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = TestLedger.create(folder, SmallOperator.settings())) {
            SmallOperator.load(ledger);
            ledger.importFile(ledger.write("first.csv", SmallOperator.file(List.of(T2, T3))), UsageFormat.GENERIC, 1);
            assertThat(charges(ledger)).containsExactly("T2 0.80", "T3 0.70");

            ledger.importFile(ledger.write("late.csv", SmallOperator.file(List.of(T1))), UsageFormat.GENERIC, 1);

            assertThat(charges(ledger)).containsExactly("T1 0.60", "T2 0.70", "T3 0.50");
        }
    }

    @Test
    void aLateCallInTheSameChunkAsLaterOnesIsPricedInCycleOrder(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = TestLedger.create(folder, SmallOperator.settings())) {
            SmallOperator.load(ledger);
            ledger.importFile(ledger.write("reversed.csv", SmallOperator.file(List.of(T3, T2, T1))), UsageFormat.GENERIC, 100);

            assertThat(charges(ledger)).containsExactly("T1 0.60", "T2 0.70", "T3 0.50");
        }
    }
}
