package com.meterbook.cli;

import com.meterbook.testing.Cli;
import com.meterbook.testing.SmallOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file whose exact bytes were imported to the end is reported and skipped without being read; its
 * records count as duplicates, as a full re-read would count them. The same name with other bytes is
 * a new file.
 */
@Tag("db")
class AlreadyImportedFileTest {

    @Test
    void theSameBytesAreSkippedAndReportedOtherBytesAreImported(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Cli.ok(ledger, "customers", "import", Files.writeString(dir.resolve("customers.csv"), SmallOperator.CUSTOMERS).toString());
        Cli.ok(ledger, "bands", "import", Files.writeString(dir.resolve("bands.csv"), SmallOperator.BANDS).toString());
        Cli.ok(ledger, "rates", "import", Files.writeString(dir.resolve("rates.csv"), SmallOperator.RATES).toString());
        Path cdrs = Files.writeString(dir.resolve("cdrs.csv"), """
                call_id,account,caller,callee,start,duration
                K1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,60
                K2,,03-1111 1111,012-345 6789,2026-01-29 10:05:00,abc
                K3,,09-9999 9999,012-345 6789,2026-01-29 10:10:00,60
                """);

        assertThat(Cli.ok(ledger, "usage", "import", cdrs.toString())).isEqualTo("imported 1, duplicates 0, exceptions 2\n");
        Path charges = dir.resolve("before.csv");
        Cli.ok(ledger, "charges", "export", "--out", charges.toString());

        Cli.Result again = Cli.run(ledger, "usage", "import", cdrs.toString());

        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEqualTo("imported 0, duplicates 3, exceptions 0\n");
        assertThat(again.errLines()).singleElement().asString()
                .startsWith("meterbook: " + cdrs + ": already imported on ").contains("(same SHA-256)");
        Path after = dir.resolve("after.csv");
        Cli.ok(ledger, "charges", "export", "--out", after.toString());
        assertThat(Files.readString(after)).isEqualTo(Files.readString(charges));

        Files.writeString(cdrs, "K4,,03-1111 1111,012-345 6789,2026-01-29 11:00:00,60\n", java.nio.file.StandardOpenOption.APPEND);
        Cli.Result changed = Cli.run(ledger, "usage", "import", cdrs.toString());
        assertThat(changed.out()).isEqualTo("imported 1, duplicates 3, exceptions 0\n");
        assertThat(changed.err()).isEmpty();
    }
}
