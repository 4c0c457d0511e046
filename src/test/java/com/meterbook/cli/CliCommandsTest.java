package com.meterbook.cli;

import com.meterbook.testing.Cli;
import com.meterbook.testing.Csv;
import com.meterbook.testing.SmallOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands that change the ledger in part or refuse to change it once a cycle is closed (RATING.md "Command line", "Cycles"). */
@Tag("db")
class CliCommandsTest {

    @TempDir
    Path dir;

    private Path ledger() throws IOException {
        Path ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Cli.ok(ledger, "customers", "import", Files.writeString(dir.resolve("customers.csv"), SmallOperator.CUSTOMERS).toString());
        Cli.ok(ledger, "bands", "import", Files.writeString(dir.resolve("bands.csv"), SmallOperator.BANDS).toString());
        Cli.ok(ledger, "rates", "import", Files.writeString(dir.resolve("rates.csv"), SmallOperator.RATES).toString());
        return ledger;
    }

    private Path cdrs(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), SmallOperator.file(List.of(lines)));
    }

    private String export(Path ledger, String... args) throws IOException {
        Path out = dir.resolve("export.csv");
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--out");
        all.add(out.toString());
        Cli.ok(ledger, all.toArray(String[]::new));
        return Files.readString(out);
    }

    @Test
    void eachFileOfACommandIsImportedOrRejectedOnItsOwn() throws IOException {
        Path ledger = ledger();
        Path first = cdrs("first.csv", "K1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,60");
        Path missing = dir.resolve("missing.csv");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path last = cdrs("last.csv", "K2,,03-1111 1111,012-345 6789,2026-01-29 11:00:00,60",
                "K3,,03-1111 1111,012-345 6789,2026-01-29 12:00:00,abc");

        Cli.Result r = Cli.run(ledger, "usage", "import", first.toString(), missing.toString(), empty.toString(), last.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).as("the totals of the files imported").isEqualTo("imported 2, duplicates 0, exceptions 1\n");
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(0)).startsWith("meterbook: ").contains(missing.toString());
        assertThat(r.errLines().get(1)).startsWith("meterbook: ").contains(empty.toString());
        assertThat(Csv.rows(export(ledger, "charges", "export"))).extracting(c -> c.get("record_id")).containsExactly("K1", "K2");
    }

    @Test
    void aClosedCycleNeverChanges() throws IOException {
        Path ledger = ledger();
        Cli.ok(ledger, "usage", "import", cdrs("cdrs.csv",
                "J1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,700",
                "J2,,012-222 2222,03-2141 5000,2026-01-30 19:00:00,61",
                "J3,A3,,019-888 7777,2026-01-30 19:00:00,30",
                "F1,A3,,019-888 7777,2026-02-03 09:00:00,125").toString());
        assertThat(Cli.ok(ledger, "cycle", "close", "--period", "2026-01")).isEqualTo("closed 2026-01: 1 invoices, 3 carried forward\n");
        String janBalances = export(ledger, "balances", "export", "--period", "2026-01");
        String closed = export(ledger, "charges", "export") + export(ledger, "exceptions", "export") + janBalances
                + export(ledger, "invoices", "export", "--period", "2026-01");

        Cli.Result again = Cli.run(ledger, "cycle", "close", "--period", "2026-01");
        Cli.Result rerate = Cli.run(ledger, "rerate", "--period", "2026-01");

        for (Cli.Result r : List.of(again, rerate)) {
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.errLines()).hasSize(1);
            assertThat(r.errLines().getFirst()).startsWith("meterbook: ").contains("2026-01").contains("closed");
        }
        assertThat(export(ledger, "charges", "export") + export(ledger, "exceptions", "export")
                + export(ledger, "balances", "export", "--period", "2026-01") + export(ledger, "invoices", "export", "--period", "2026-01"))
                .isEqualTo(closed);

        Cli.Result late = Cli.run(ledger, "usage", "import", cdrs("late.csv", "J4,,03-1111 1111,012-345 6789,2026-01-31 10:00:00,90",
                "F2,,03-1111 1111,012-345 6789,2026-02-03 10:00:00,90").toString());
        assertThat(late.out()).isEqualTo("imported 1, duplicates 0, exceptions 1\n");
        List<Map<String, String>> exceptions = Csv.rows(export(ledger, "exceptions", "export"));
        assertThat(exceptions).extracting(e -> e.get("record_id") + " " + e.get("source") + ":" + e.get("line") + " " + e.get("reason"))
                .containsExactly("J4 late.csv:2 LATE_RECORD");
        assertThat(export(ledger, "balances", "export", "--period", "2026-01")).isEqualTo(janBalances);
        assertThat(Csv.rows(export(ledger, "charges", "export", "--period", "2026-01"))).extracting(c -> c.get("record_id"))
                .containsExactly("J1", "J2", "J3");
    }
}
