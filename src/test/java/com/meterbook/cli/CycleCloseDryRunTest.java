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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code cycle close --dry-run} shows per customer what the close then gives, and changes nothing. */
@Tag("db")
class CycleCloseDryRunTest {

    @TempDir
    Path dir;

    @Test
    void theDryRunShowsWhatTheCloseThenGivesAndChangesNothing() throws IOException {
        Path ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Cli.ok(ledger, "customers", "import", Files.writeString(dir.resolve("customers.csv"), SmallOperator.CUSTOMERS).toString());
        Cli.ok(ledger, "bands", "import", Files.writeString(dir.resolve("bands.csv"), SmallOperator.BANDS).toString());
        Cli.ok(ledger, "rates", "import", Files.writeString(dir.resolve("rates.csv"), SmallOperator.RATES).toString());
        Cli.ok(ledger, "usage", "import", Files.writeString(dir.resolve("cdrs.csv"), SmallOperator.file(List.of(
                "J1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,700",
                "J2,,012-222 2222,03-2141 5000,2026-01-30 19:00:00,61",
                "J3,A3,,019-888 7777,2026-01-30 19:00:00,30"))).toString());
        String openBalances = export(ledger, "balances", "export", "--period", "2026-01");

        String dryRun = Cli.ok(ledger, "cycle", "close", "--period", "2026-01", "--dry-run");

        assertThat(export(ledger, "balances", "export", "--period", "2026-01")).as("nothing changed").isEqualTo(openBalances);
        // J1: 700 s on 6012 PEAK, first 600 s at 0.12/60 = 1.20, next 100 s at 0.06/60 = 0.10: RM 1.30 for A1, over its RM 1.00 threshold
        assertThat(dryRun.lines().filter(l -> l.startsWith("A1 ")).findFirst().orElseThrow())
                .contains("1.30").contains("invoice MAIN-000001").endsWith("+1.30");
        // J2 (A2): 61 s to 603, 60/60, 2 x 0.05 + 0.01 connect = 0.11; J3 (A3, plan Q): 30 s at 0.07/60 = 0.035 -> 0.04; A4 nothing
        assertThat(dryRun.lines().toList().getLast()).isEqualTo("would close 2026-01: 1 invoices totalling 1.30, 3 carried forward totalling 0.15");

        Cli.ok(ledger, "cycle", "close", "--period", "2026-01");
        List<Map<String, String>> invoices = Csv.rows(export(ledger, "invoices", "export", "--period", "2026-01"));
        assertThat(invoices).singleElement().satisfies(i -> {
            assertThat(i.get("invoice_no")).isEqualTo("MAIN-000001");
            assertThat(i.get("account")).isEqualTo("A1");
            assertThat(i.get("total")).isEqualTo("1.30");
        });
        Cli.Result again = Cli.run(ledger, "cycle", "close", "--period", "2026-01", "--dry-run");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("meterbook: cycle 2026-01 is already closed\n");
    }

    private String export(Path ledger, String... args) throws IOException {
        Path out = dir.resolve("export.csv");
        Cli.ok(ledger, java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--out", out.toString()))
                .toArray(String[]::new));
        return Files.readString(out);
    }
}
