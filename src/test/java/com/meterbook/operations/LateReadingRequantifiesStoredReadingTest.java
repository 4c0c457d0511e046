package com.meterbook.operations;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.Csv;
import com.meterbook.testing.TestLedger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression: once a bug in how a late reading changes the stored reading after it, when
 * the service has tiers (tier-sensitive rows go through TierSweep):
 * 1. The follower's new quantity is not written when its billed quantity and charge stay the same
 *    (TierSweep's "same" check compares charge and billed quantity, not quantity): the charges
 *    export keeps the old quantity.
 * 2. When the follower's quantity becomes 0, the late reading's tier sweep reloads the follower
 *    from the database (it still has its tier_entry) with its old quantity and rates it again, and
 *    that update wins: R3 stays charged 3.50 for 10 kWh although it is now 0 kWh, and R4 is priced
 *    from C = 20 instead of 10 (5.00 instead of 3.50): the customer pays 10 kWh twice.
 * RATING.md step 6: the charges (and quantities) are the same whatever order the records arrived in.
 */
@Tag("db")
class LateReadingRequantifiesStoredReadingTest {

    private static final String HEADER = "reading_id,meter,service,reading,timestamp\n";

    private static TestLedger ledger(Path folder) throws Exception {
        TestLedger ledger = TestLedger.create(folder, LedgerSettings.defaults(TestLedger.KL));
        ledger.customers("account,name,plan,numbers,threshold,entity\nM1,Mawar,U,MTR-0001,,\n");
        ledger.rates("plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge\n"
                + "U,,KWH,Energy,*,2025-01-01,0,0.20,1,1,0,0,0\n"
                + "U,,KWH,Energy,*,2025-01-01,0,0.50,1,1,0,15,0\n");
        return ledger;
    }

    @Test
    void aFractionalFollowerGetsItsNewQuantity(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = ledger(folder)) {
            ledger.importFile(ledger.write("a.csv", HEADER + "R1,MTR-0001,KWH,100,2026-01-01T23:00:00\n"
                    + "R3,MTR-0001,KWH,105.5,2026-01-03T23:00:00\n"), UsageFormat.READINGS, 100);
            ledger.importFile(ledger.write("b.csv", HEADER + "R2,MTR-0001,KWH,100.4,2026-01-02T23:00:00\n"), UsageFormat.READINGS, 100);

            // in order: R2 = 0.4 (billed 1), R3 = 105.5 - 100.4 = 5.1 (billed 6)
            assertThat(Csv.rows(ledger.charges(null))).extracting(r -> r.get("record_id") + " " + r.get("quantity") + " " + r.get("billed_quantity"))
                    .containsExactly("R2 0.4 1", "R3 5.1 6");
        }
    }

    @Test
    void aFollowerWhoseQuantityBecomesZeroLeavesTheTierCounter(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = ledger(folder)) {
            ledger.importFile(ledger.write("a.csv", HEADER + "R1,MTR-0001,KWH,100,2026-01-01T23:00:00\n"
                    + "R3,MTR-0001,KWH,110,2026-01-03T23:00:00\n"), UsageFormat.READINGS, 100);
            ledger.importFile(ledger.write("b.csv", HEADER + "R2,MTR-0001,KWH,110,2026-01-02T23:00:00\n"), UsageFormat.READINGS, 100);
            ledger.importFile(ledger.write("c.csv", HEADER + "R4,MTR-0001,KWH,120,2026-01-04T23:00:00\n"), UsageFormat.READINGS, 100);

            // in order: R2 = 10 kWh at 0.20 (C 0 -> 10), R3 = 0 (not charged), R4 = 10 kWh from C = 10: 5 x 0.20 + 5 x 0.50
            assertThat(Csv.rows(ledger.charges(null))).extracting(r -> r.get("record_id") + " " + r.get("quantity") + " " + r.get("charge"))
                    .containsExactly("R2 10 2.00", "R4 10 3.50");
        }
    }
}
