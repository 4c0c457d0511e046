package com.meterbook.operations;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.Csv;
import com.meterbook.testing.TestLedger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression (was a bug): a reading that arrives before a stored reading of the same meter
 * whose value is lower makes the whole import fail with "quantity must not be negative: -50.000000"
 * (IllegalArgumentException from UsageRecord.withQuantity in ReadingSweep.apply).
 * RATING.md: quantities follow (timestamp, id) order whatever order records arrive in; the stored
 * R2 (50) is lower than the now previous accepted reading R1 (100), so R2 is INVALID_RECORD
 * (field reading), exactly as when the file is imported in order.
 */
@Tag("db")
class ReadingArrivingBeforeALowerStoredReadingTest {

    @Test
    void aLateEarlierHigherReadingTurnsTheStoredOneIntoAnInvalidRecord(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = TestLedger.create(folder, LedgerSettings.defaults(TestLedger.KL))) {
            ledger.customers("account,name,plan,numbers,threshold,entity\nM1,Mawar,U,MTR-0001,,\n");
            ledger.rates("plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge\n"
                    + "U,,KWH,Energy,*,2025-01-01,0,0.218,1,1,0,0,0\n");
            String header = "reading_id,meter,service,reading,timestamp\n";
            ledger.importFile(ledger.write("a.csv", header + "R2,MTR-0001,KWH,50,2026-01-02T23:00:00\n"), UsageFormat.READINGS, 100);

            var late = ledger.importFile(ledger.write("b.csv", header + "R1,MTR-0001,KWH,100,2026-01-01T23:00:00\n"),
                    UsageFormat.READINGS, 100);

            assertThat(late.imported()).isEqualTo(1);
            List<Map<String, String>> exceptions = Csv.rows(ledger.exceptions());
            assertThat(exceptions).extracting(e -> e.get("record_id") + " " + e.get("reason")).containsExactly("R2 INVALID_RECORD");
            assertThat(ledger.query("select field from exception_item where record_id = 'R2'")).containsExactly(List.of("reading"));
        }
    }
}
