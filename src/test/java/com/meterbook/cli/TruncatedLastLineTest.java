package com.meterbook.cli;

import com.meterbook.testing.Cli;
import com.meterbook.testing.Csv;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression (was a bug): a usage file whose last record is truncated (a quote that never
 * closes before the end of the file) fails the whole import: exit 1, stderr
 * "meterbook: NoSuchElementException" (no file named), nothing imported.
 * RATING.md: "a truncated last line ... make[s] that record INVALID_RECORD; the rest imports."
 * Cause: UsageCsvReader.hasNext() answers true after commons-csv's UncheckedIOException, but
 * next() asks the iterator again, which now says there is nothing, and throws NoSuchElementException.
 */
@Tag("db")
class TruncatedLastLineTest {

    @Test
    void theTruncatedRecordIsInvalidAndTheRestImports(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Path customers = Files.writeString(dir.resolve("customers.csv"), "account,name,plan,numbers,threshold,entity\nA1,Alpha,P,03-1111 1111,,\n");
        Path rates = Files.writeString(dir.resolve("rates.csv"),
                "plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge\n"
                        + "P,,60,Malaysia,*,2025-01-01,0,0.10,60,1,0,0,0\n");
        Cli.ok(ledger, "customers", "import", customers.toString());
        Cli.ok(ledger, "rates", "import", rates.toString());
        Path cdrs = Files.writeString(dir.resolve("cdrs.csv"), "call_id,account,caller,callee,start,duration\n"
                + "X1,,03-1111 1111,012-345 6789,2026-01-05 10:00:00,60\n"
                + "X2,,03-1111 1111,\"012-345 6789,2026-01-05 11:00:00,60");

        Cli.Result r = Cli.run(ledger, "usage", "import", cdrs.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("imported 1, duplicates 0, exceptions 1\n");
        Path out = dir.resolve("exceptions.csv");
        Cli.ok(ledger, "exceptions", "export", "--out", out.toString());
        assertThat(Csv.rows(out)).extracting(e -> e.get("source") + ":" + e.get("line") + " " + e.get("reason"))
                .containsExactly("cdrs.csv:3 INVALID_RECORD");
    }
}
