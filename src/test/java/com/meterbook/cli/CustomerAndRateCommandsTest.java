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

/** {@code customers list|show|edit}, {@code rates export|new-version}, {@code bands|holidays export}: exit codes, one-line errors. */
@Tag("db")
class CustomerAndRateCommandsTest {

    @TempDir
    Path dir;

    private Path ledger() throws IOException {
        Path ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Cli.ok(ledger, "customers", "import", Files.writeString(dir.resolve("customers.csv"), SmallOperator.CUSTOMERS).toString());
        Cli.ok(ledger, "bands", "import", Files.writeString(dir.resolve("bands.csv"), SmallOperator.BANDS).toString());
        Cli.ok(ledger, "rates", "import", Files.writeString(dir.resolve("rates.csv"), SmallOperator.RATES).toString());
        Cli.ok(ledger, "holidays", "import", Files.writeString(dir.resolve("holidays.csv"),
                "date,name,band\n2026-02-01,\"Thaipusam, observed\",OFFPEAK\n2026-01-01,New Year,OFFPEAK\n").toString());
        return ledger;
    }

    @Test
    void listsAndSearchesCustomers() throws IOException {
        Path ledger = ledger();
        assertThat(Cli.ok(ledger, "customers", "list").lines()).hasSize(5)
                .contains("A2\tBeta, \"Best\" Sdn Bhd\tP\t60122222222;60322222222\t0.5\tMAIN");
        assertThat(Cli.ok(ledger, "customers", "list", "--search", "(03) 3333").lines().skip(1))
                .containsExactly("A3\tGamma Kedai\tQ\t60333333333\t5\tEAST");
    }

    @Test
    void showsACustomerWithUsageAndOverrides() throws IOException {
        Path ledger = ledger();
        Cli.ok(ledger, "usage", "import", Files.writeString(dir.resolve("calls.csv"),
                SmallOperator.file(List.of("T3,,+60 3-2222 2222,012-345 6789,2026-01-29 11:00:00,500"))).toString());

        String shown = Cli.ok(ledger, "customers", "show", "A2");

        assertThat(shown).contains("plan       P\n").contains("threshold  0.50\n")
                .contains("cycle      2026-01: 1 rated records, charges 0.52\n")
                .contains("  CALL: 1 records, billed 504, charges 0.52\n")
                .contains("overrides  2 rate rows\n");
        Cli.Result unknown = Cli.run(ledger, "customers", "show", "Z9");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("meterbook: no customer 'Z9'\n");
    }

    @Test
    void editsACustomerAndAuditsIt() throws IOException {
        Path ledger = ledger();

        String out = Cli.ok(ledger, "customers", "edit", "A1", "--plan", "Q", "--threshold", "2.50", "--add-number", "012-777 7777",
                "--remove-number", "+60 3-1111 1111", "--entity", "EAST");

        assertThat(out).isEqualTo("saved A1: Alpha Trading, plan Q, 1 numbers\n");
        assertThat(Cli.ok(ledger, "customers", "list", "--search", "A1").lines().skip(1))
                .containsExactly("A1\tAlpha Trading\tQ\t60127777777\t2.5\tEAST");
        Cli.ok(ledger, "customers", "edit", "A1", "--threshold", "default");
        assertThat(Cli.ok(ledger, "customers", "show", "A1")).contains("threshold  1.00 (ledger default)\n");
    }

    @Test
    void refusesBadEditsWithOneLineAndTheRightExitCode() throws IOException {
        Path ledger = ledger();
        assertRefused(Cli.run(ledger, "customers", "edit", "A1", "--threshold", "abc"), 2,
                "meterbook: --threshold: 'abc' is not a number (see --help)");
        assertRefused(Cli.run(ledger, "customers", "edit", "A1", "--name", " "), 2, "meterbook: --name: is empty (see --help)");
        assertRefused(Cli.run(ledger, "customers", "edit", "A1"), 2,
                "meterbook: nothing to change: give --name, --plan, --threshold, --entity, --add-number or --remove-number (see --help)");
        assertRefused(Cli.run(ledger, "customers", "edit", "A1", "--plan", "GOLD"), 1, "meterbook: A1: plan: 'GOLD' has no rate rows");
        assertRefused(Cli.run(ledger, "customers", "edit", "A1", "--add-number", "04-444 4444"), 1,
                "meterbook: A1: numbers: 6044444444 belongs to A4");
        assertRefused(Cli.run(ledger, "customers", "edit", "A1", "--remove-number", "999"), 1, "meterbook: A1 has no number 999");
        assertRefused(Cli.run(ledger, "customers", "edit", "Z9", "--name", "X"), 1, "meterbook: no customer 'Z9'");
        assertThat(Cli.ok(ledger, "customers", "list", "--search", "A1").lines().skip(1))
                .containsExactly("A1\tAlpha Trading\tP\t60311111111\t\tMAIN");
    }

    private static void assertRefused(Cli.Result r, int exit, String line) {
        assertThat(r.exit()).as(r.toString()).isEqualTo(exit);
        assertThat(r.errLines()).as(r.toString()).containsExactly(line);
    }

    @Test
    void ratesBandsAndHolidaysExportAsTheyImport() throws IOException {
        Path ledger = ledger();
        Path all = dir.resolve("all-rates.csv");
        assertThat(Cli.ok(ledger, "rates", "export", "--out", all.toString())).isEqualTo("exported 17 rate rows to " + all + "\n");
        Path plan = dir.resolve("q.csv");
        Cli.ok(ledger, "rates", "export", "--plan", "Q", "--out", plan.toString());
        assertThat(Files.readAllLines(plan)).containsExactly(
                "plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge",
                "Q,,60,Malaysia,*,2025-01-01,0,0.07,60,1,0,0,0",
                "Q,,6012,Mobile 012,*,2025-01-01,0,0.11,60,1,0,0,0",
                "Q,,6012,Mobile 012,*,2025-01-01,0,0.055,60,1,0,250,0");
        Path bands = dir.resolve("bands-out.csv");
        Cli.ok(ledger, "bands", "export", "--out", bands.toString());
        assertThat(Files.readString(bands)).isEqualTo(SmallOperator.BANDS);
        Path holidays = dir.resolve("holidays-out.csv");
        Cli.ok(ledger, "holidays", "export", "--out", holidays.toString());
        assertThat(Files.readString(holidays)).isEqualTo("date,name,band\n2026-01-01,New Year,OFFPEAK\n"
                + "2026-02-01,\"Thaipusam, observed\",OFFPEAK\n");

        Path other = dir.resolve("other");
        Cli.ok(other, "rates", "import", all.toString());
        Path again = dir.resolve("again.csv");
        Cli.ok(other, "rates", "export", "--out", again.toString());
        assertThat(Files.readString(again)).isEqualTo(Files.readString(all));
    }

    @Test
    void aNewVersionCopiesTheRowsInForceOnce() throws IOException {
        Path ledger = ledger();
        assertThat(Cli.ok(ledger, "rates", "new-version", "--plan", "Q", "--from", "2026-03-01"))
                .isEqualTo("copied 3 rate rows into versions from 2026-03-01\n");
        assertThat(Cli.ok(ledger, "rates", "export", "--plan", "Q", "--out", dir.resolve("q.csv").toString()))
                .startsWith("exported 6 rate rows");
        assertRefused(Cli.run(ledger, "rates", "new-version", "--plan", "Q", "--from", "2026-03-01"), 1,
                "meterbook: nothing to copy: no prefix of plan:Q has a version in force before 2026-03-01 without one on that date");
        assertRefused(Cli.run(ledger, "rates", "new-version", "--plan", "Q", "--from", "2026-13-01"), 2,
                "meterbook: Invalid value for option '--from': '2026-13-01' is not a date (YYYY-MM-DD) (see --help)");
    }
}
