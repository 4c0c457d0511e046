package com.meterbook.ledger;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.ledger.ReportQueries.ChangeStamp;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stamp that polling screens compare: it moves when records or exceptions arrive, and only then. */
@Tag("db")
class ChangeStampTest {

    private static ChangeStamp stamp(TestLedger ledger) {
        return ledger.ledger().inTransaction(s -> s.doReturningWork(c -> new ReportQueries(c).changeStamp()));
    }

    @Test
    void movesWithRecordsAndExceptionsAndStaysStillOtherwise(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = TestLedger.create(folder, SmallOperator.settings())) {
            SmallOperator.load(ledger);
            ChangeStamp empty = stamp(ledger);
            assertThat(empty.lastRecord()).isZero();
            assertThat(empty.openExceptions()).isZero();

            ledger.importFile(ledger.write("calls.csv", SmallOperator.file(List.of(
                    "T1,,03-1111 1111,012-345 6789,2026-01-29 09:00:00,300",
                    "T2,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,abc"))), UsageFormat.GENERIC, 100);
            ChangeStamp after = stamp(ledger);

            assertThat(after.lastRecord()).isPositive();
            assertThat(after.openExceptions()).isEqualTo(1);
            assertThat(after.lastException()).isPositive();
            assertThat(after.lastAudit()).isGreaterThan(empty.lastAudit());
            assertThat(stamp(ledger)).isEqualTo(after);
        }
    }
}
