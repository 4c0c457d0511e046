package com.meterbook.cli;

import com.meterbook.testing.Cli;
import com.meterbook.testing.SmallOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code meterbook watch --once} and {@code meterbook dropfolder}: what they print, move and exit with. */
@Tag("db")
class WatchCommandTest {

    @TempDir
    Path dir;
    private Path ledger;
    private Path drop;

    @BeforeEach
    void init() throws Exception {
        ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Cli.ok(ledger, "customers", "import", Files.writeString(dir.resolve("customers.csv"), SmallOperator.CUSTOMERS).toString());
        Cli.ok(ledger, "bands", "import", Files.writeString(dir.resolve("bands.csv"), SmallOperator.BANDS).toString());
        Cli.ok(ledger, "rates", "import", Files.writeString(dir.resolve("rates.csv"), SmallOperator.RATES).toString());
        drop = Files.createDirectories(dir.resolve("drop"));
    }

    @Test
    void onceImportsTheCompleteFilesMovesThemAndExitsZero() throws Exception {
        Files.writeString(drop.resolve("cdrs.csv"), """
                call_id,account,caller,callee,start,duration
                K1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,60
                K2,,03-1111 1111,012-345 6789,2026-01-29 10:05:00,abc
                """);
        Files.writeString(drop.resolve("more.csv.part"), "call_id\n");

        Cli.Result r = Cli.run(ledger, "watch", "--once", "--stable", "0", drop.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("cdrs.csv: imported 1, duplicates 0, exceptions 1 -> processed/cdrs.csv\n");
        assertThat(r.err()).isEmpty();
        assertThat(drop.resolve("processed/cdrs.csv.report.txt")).exists();
        assertThat(drop.resolve("more.csv.part")).exists();

        Cli.Result nothing = Cli.run(ledger, "watch", "--once", "--stable", "0", drop.toString());
        assertThat(nothing.exit()).isZero();
        assertThat(nothing.out()).isEmpty();
    }

    @Test
    void aRejectedFileExitsOneAndIsMovedToFailed() throws Exception {
        Files.writeString(drop.resolve("bad.csv"), "call_id,account,caller,callee,start,lasting\nK1,,03-1111 1111,012,2026-01-29 10:00:00,5\n");

        Cli.Result r = Cli.run(ledger, "watch", "--once", "--stable", "0", drop.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("meterbook: bad.csv: failed: " + drop.resolve("bad.csv")).endsWith(" -> failed/bad.csv");
        assertThat(drop.resolve("failed/bad.csv")).exists();
        assertThat(drop.resolve("failed/bad.csv.report.txt")).exists();
    }

    @Test
    void withoutAFolderItUsesTheLedgersDropFolderOrSaysThereIsNone() throws Exception {
        Cli.Result none = Cli.run(ledger, "watch", "--once");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("meterbook: no drop folder: give DIR, or set one with 'meterbook dropfolder set DIR'\n");
        assertThat(Cli.ok(ledger, "dropfolder", "show")).isEqualTo("no drop folder\n");

        assertThat(Cli.ok(ledger, "dropfolder", "set", drop.toString(), "--stable", "0"))
                .isEqualTo(drop.toAbsolutePath() + " (watched, stable for 0.0 s)\n");
        Files.writeString(drop.resolve("cdrs.csv"), "call_id,account,caller,callee,start,duration\n"
                + "K1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,60\n");
        assertThat(Cli.ok(ledger, "watch", "--once")).isEqualTo("cdrs.csv: imported 1, duplicates 0, exceptions 0 -> processed/cdrs.csv\n");

        assertThat(Cli.ok(ledger, "dropfolder", "off")).isEqualTo(drop.toAbsolutePath() + " (off, stable for 0.0 s)\n");
        assertThat(Cli.ok(ledger, "dropfolder", "show")).isEqualTo(drop.toAbsolutePath() + " (off, stable for 0.0 s)\n");
    }

    @Test
    void aFolderThatIsNotThereOrANegativeIntervalIsAUsageError() {
        Cli.Result missing = Cli.run(ledger, "watch", "--once", dir.resolve("nowhere").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("meterbook: " + dir.resolve("nowhere") + ": not a folder\n");

        Cli.Result negative = Cli.run(ledger, "watch", "--once", "--stable", "-1", drop.toString());
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).isEqualTo("meterbook: -1 seconds: cannot be negative\n");
    }
}
