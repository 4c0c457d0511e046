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
 * A field longer than the ledger keeps (a 300-character call id, an 80-character account) stopped the whole
 * import at its chunk with H2's "Value too long for column", naming neither line nor field. Such a record
 * is now INVALID_RECORD naming the field; the rest of the file imports.
 */
@Tag("db")
class OverlongFieldsTest {

    @Test
    void aRecordWithAFieldTooLongIsInvalidNamingTheFieldAndTheRestImports(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = TestLedger.create(folder, SmallOperator.settings())) {
            SmallOperator.load(ledger);
            Path cdrs = ledger.write("cdrs.csv", SmallOperator.file(List.of(
                    "X1,,03-1111 1111,012-345 6789,2026-01-05 10:00:00,60",
                    "X".repeat(300) + ",,03-1111 1111,012-345 6789,2026-01-05 10:01:00,60",
                    "X3," + "A".repeat(80) + ",03-1111 1111,012-345 6789,2026-01-05 10:02:00,60",
                    "X4,,03-1111 1111,012-345 6789,2026-01-05 10:03:00,60")));

            assertThat(ledger.importFile(cdrs, UsageFormat.GENERIC, UsageImport.DEFAULT_CHUNK).line())
                    .isEqualTo("imported 2, duplicates 0, exceptions 2");
            assertThat(Csv.rows(ledger.exceptions())).extracting(e -> e.get("line") + " " + e.get("reason") + " " + e.get("detail"))
                    .containsExactly("3 INVALID_RECORD record id is longer than 255 characters (300)",
                            "4 INVALID_RECORD account is longer than 64 characters (80)");
        }
    }
}
