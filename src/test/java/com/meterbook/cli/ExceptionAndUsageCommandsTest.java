package com.meterbook.cli;

import com.meterbook.testing.Cli;
import com.meterbook.testing.SmallOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The exception queue's actions and the usage browser on the command line: output, exit codes 0/1/2, one-line errors. */
@Tag("db")
class ExceptionAndUsageCommandsTest {

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static Path ledgerWithExceptions(Path dir) throws IOException {
        Path ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Cli.ok(ledger, "customers", "import", write(dir, "customers.csv", SmallOperator.CUSTOMERS).toString());
        Cli.ok(ledger, "bands", "import", write(dir, "bands.csv", SmallOperator.BANDS).toString());
        Cli.ok(ledger, "rates", "import", write(dir, "rates.csv", SmallOperator.RATES).toString());
        Cli.ok(ledger, "usage", "import", write(dir, "calls.csv", SmallOperator.file(List.of(
                "T1,,03-1111 1111,012-345 6789,2026-01-29 09:00:00,300",
                "T2,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,abc",
                "U1,,03-9999 9999,012-345 6789,2026-01-29 11:00:00,60"))).toString());
        return ledger;
    }

    private static String idOf(Path ledger, String recordId) {
        return Cli.ok(ledger, "exceptions", "list").lines().filter(l -> l.split("\t")[1].equals(recordId)).findFirst()
                .orElseThrow().split("\t")[0];
    }

    @Test
    void listAssignAndHistory(@TempDir Path dir) throws IOException {
        Path ledger = ledgerWithExceptions(dir);
        assertThat(Cli.ok(ledger, "exceptions", "list", "--reason", "UNKNOWN_ACCOUNT").lines().toList()).hasSize(2)
                .last().asString().contains("U1", "calls.csv", "\t4\t", "UNKNOWN_ACCOUNT", "U1,,03-9999 9999,012-345 6789,2026-01-29 11:00:00,60");
        assertThat(Cli.ok(ledger, "exceptions", "list", "--file", "other.csv").lines().toList()).hasSize(1);
        String u1 = idOf(ledger, "U1");

        String out = Cli.ok(ledger, "exceptions", "assign", u1, "--account", "A1");

        assertThat(out).contains("exception " + u1 + " (U1): resolved: assigned to A1 (60399999999 remembered for A1); rated 0.12 for A1 in 2026-01",
                "assign: resolved 1, still open 0, skipped 0");
        assertThat(Cli.ok(ledger, "exceptions", "list", "--reason", "UNKNOWN_ACCOUNT").lines().toList()).hasSize(1);
        List<String> history = Cli.ok(ledger, "exceptions", "history", u1).lines().toList();
        assertThat(history).hasSize(2);
        assertThat(history.get(1)).contains("\t" + MeterbookCli.actor() + "\texception assign\tassigned to A1");
    }

    @Test
    void refusalsExitOneAndUsageErrorsTwoWithOneLine(@TempDir Path dir) throws IOException {
        Path ledger = ledgerWithExceptions(dir);
        String bad = idOf(ledger, "T2");
        String u1 = idOf(ledger, "U1");
        List<Cli.Result> ones = List.of(Cli.run(ledger, "exceptions", "assign", u1, "--account", "NOPE"),
                Cli.run(ledger, "exceptions", "assign", bad, "--account", "A1"),
                Cli.run(ledger, "exceptions", "bill-next", u1),
                Cli.run(ledger, "exceptions", "retry", "999"),
                Cli.run(ledger, "exceptions", "history", "999"),
                Cli.run(ledger, "usage", "explain", "NOPE"),
                Cli.run(ledger, "usage", "list", "--account", "NOPE", "--period", "2026-01"));
        assertThat(ones).allSatisfy(r -> {
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.errLines()).as(r.toString()).singleElement().asString().startsWith("meterbook: ").doesNotContain("Exception");
        });
        List<Cli.Result> twos = List.of(Cli.run(ledger, "exceptions", "write-off", u1, "--comment", " "),
                Cli.run(ledger, "exceptions", "write-off", u1),
                Cli.run(ledger, "exceptions", "retry"),
                Cli.run(ledger, "exceptions", "retry", u1, "--all"),
                Cli.run(ledger, "exceptions", "list", "--from", "2026-13-01"),
                Cli.run(ledger, "exceptions", "list", "--from", "2026-02-01", "--to", "2026-01-01"));
        assertThat(twos).allSatisfy(r -> {
            assertThat(r.exit()).as(r.toString()).isEqualTo(2);
            assertThat(r.errLines()).as(r.toString()).singleElement().asString().startsWith("meterbook: ");
        });
        assertThat(Cli.ok(ledger, "exceptions", "list").lines().toList()).hasSize(3);

        assertThat(Cli.ok(ledger, "exceptions", "write-off", bad, "--comment", "garbled line")).contains("write-off: resolved 1");
        assertThat(Cli.ok(ledger, "exceptions", "retry", "--all")).contains("retry: resolved 0, still open 1, skipped 0");
    }

    @Test
    void usageListAndExplain(@TempDir Path dir) throws IOException {
        Path ledger = ledgerWithExceptions(dir);
        List<String> list = Cli.ok(ledger, "usage", "list", "--account", "A1", "--period", "2026-01").lines().toList();
        assertThat(list).containsExactly("record_id\tstart\tcaller\tcallee\tdestination\tband\tduration\tbilled\trate\tcharge",
                "T1\t2026-01-29 09:00:00\t60311111111\t60123456789\tMobile 012\tPEAK\t300 s (5:00)\t300\t0.12/60\t0.60");

        String explain = Cli.ok(ledger, "usage", "explain", "T1");

        assertThat(explain).contains("caller 60311111111 is held by A1 (Alpha Trading, plan P)",
                "window 1 of bands.csv covers THURSDAY 09:00: band PEAK",
                "MATCHED plan P, prefix 6012, version 2025-01-01: rows of band PEAK",
                "C = 0: A1's billed quantity of prefix 6012 earlier in 2026-01",
                "positions 0 to 300: 300 x 1 at 0.12 per 60 (slot 0, tier 0, C+p from 0) = 0.6",
                "rounded once to 2 places HALF_UP: 0.6 -> 0.60",
                "stored charge 0.6 (A1, 2026-01)");

        // after the cycle closes, the record is explained as it was rated, not as a late arrival
        Cli.ok(ledger, "cycle", "close", "--period", "2026-01");
        String afterClose = Cli.ok(ledger, "usage", "explain", "T1");
        assertThat(afterClose).contains("MATCHED plan P, prefix 6012, version 2025-01-01: rows of band PEAK",
                "rounded once to 2 places HALF_UP: 0.6 -> 0.60", "stored charge 0.6 (A1, 2026-01)");
        assertThat(afterClose).doesNotContain("LATE_RECORD");
    }
}
