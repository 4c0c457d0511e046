package com.meterbook.cli;

import com.meterbook.testing.Cli;
import com.meterbook.testing.LedgerSnapshot;
import com.meterbook.testing.SmallOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RATING.md "Command line" and "Input files": a rejected file or a refused command exits 1, a usage
 * error 2, each with exactly one line on stderr that names the file (and line or field where it
 * applies) and no stack trace; and the ledger is left as it was: its charges, exceptions and
 * balances exports are byte for byte what they were before.
 */
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliFailuresTest {

    private static final String RATES_HEADER =
            "plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge\n";
    private static final String CUSTOMERS_HEADER = "account,name,plan,numbers,threshold,entity\n";

    @TempDir
    static Path dir;
    private Path ledger;
    private String before;
    private List<Case> failures;

    @BeforeAll
    void aLedgerWithUsageInTwoCycles() throws IOException {
        ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Cli.ok(ledger, "customers", "import", write("customers.csv", SmallOperator.CUSTOMERS));
        Cli.ok(ledger, "bands", "import", write("bands.csv", SmallOperator.BANDS));
        Cli.ok(ledger, "rates", "import", write("rates.csv", SmallOperator.RATES));
        Cli.ok(ledger, "usage", "import", write("cdrs.csv", SmallOperator.file(List.of(
                "J1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,700",
                "J2,,012-222 2222,03-2141 5000,2026-01-30 19:00:00,61",
                "J3,,03-9999 9999,012-345 6789,2026-01-30 19:00:00,61",
                "F1,A3,,019-888 7777,2026-02-03 09:00:00,125"))));
        failures = cases();
        before = snapshot();
        assertThat(before).contains("J1,A1").contains("F1,A3").contains("J3,");
    }

    private static String write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toString();
    }

    private static String write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content).toString();
    }

    private String snapshot() {
        return LedgerSnapshot.of(ledger, dir, YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    }

    /**
     * A case: the arguments after {@code --ledger}, the exit code, what the single stderr line must
     * name, and whether the line must be free of Java class names (not yet for picocli's conversion
     * errors, which quote the DateTimeParseException: reported).
     */
    record Case(String name, List<String> args, int exit, List<String> names, boolean clear) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, int exit, List<String> names, String... args) {
        return new Case(name, List.of(args), exit, names, true);
    }

    Stream<Arguments> failures() {
        return failures.stream().map(Arguments::of);
    }

    /** The cases and the files they read, written once before any test runs. */
    private List<Case> cases() throws IOException {
        String missing = dir.resolve("no-such-file.csv").toString();
        String folder = Files.createDirectories(dir.resolve("a-folder.csv")).toString();
        String binary = write("binary.csv", new byte[]{'c', 'a', 'l', 'l', 0, 1, 2, (byte) 0xFF, '\n'});
        String utf16 = write("utf16.csv", ("\uFEFF" + SmallOperator.GENERIC_HEADER + "\n").getBytes(StandardCharsets.UTF_16LE));
        String empty = write("empty.csv", "");
        String wrongHeader = write("events-as-generic.csv", "event_id,account,service,quantity,timestamp\nE1,A1,SMS,3,2026-01-29T10:00:00\n");
        String ok = write("ok.csv", SmallOperator.file(List.of("N1,,03-1111 1111,012-345 6789,2026-01-29 12:00:00,60")));
        String noStartRow = write("rates-no-start.csv", RATES_HEADER
                + "P,,6019,Mobile 019,PEAK,2026-01-01,0,0.10,60,1,0,0,0\n"
                + "P,,6019,Mobile 019,OFFPEAK,2026-01-01,0,0.05,60,6,30,0,0\n"
                + "P,,603,Fixed 03,*,2025-01-01,0.01,0.99,60,60,0,0,0.10\n");
        String noTierZero = write("rates-no-tier-zero.csv", RATES_HEADER
                + "P,,603,Fixed 03,*,2025-01-01,0.01,0.99,60,60,0,0,0.10\n"
                + "Q,,6013,Mobile 013,*,2026-01-01,0,0.10,60,1,0,100,0\n");
        String perZero = write("rates-per-zero.csv", RATES_HEADER
                + "P,,603,Fixed 03,*,2025-01-01,0.01,0.99,60,60,0,0,0.10\n"
                + "P,,6013,Mobile 013,*,2026-01-01,0,0.10,0,1,0,0,0\n");
        String badDate = write("rates-bad-date.csv", RATES_HEADER
                + "P,,603,Fixed 03,*,2025-01-01,0.01,0.99,60,60,0,0,0.10\n"
                + "P,,6013,Mobile 013,*,2026-02-30,0,0.10,60,1,0,0,0\n");
        String sharedInFile = write("customers-shared.csv", CUSTOMERS_HEADER
                + "A1,Alpha Trading,P,03-1111 1111,,\n"
                + "B1,Bravo,P,07-555 1234,,\n"
                + "B2,Charlie,P,+60 7-555 1234,,\n");
        String sharedWithLedger = write("customers-shared-with-ledger.csv", CUSTOMERS_HEADER
                + "B3,Delta Baru,Q,0060 3 1111 1111,,\n");
        String customersHeader = write("customers-bad-header.csv", "account,name,plan,numbers\nA1,Alpha,P,03-1111 1111\n");

        return List.of(
                c("missing usage file", 1, List.of(missing), "usage", "import", missing),
                c("folder given as usage file", 1, List.of(folder), "usage", "import", folder),
                c("binary usage file", 1, List.of(binary, "binary"), "usage", "import", binary),
                c("UTF-16 usage file", 1, List.of(utf16), "usage", "import", utf16),
                c("empty usage file", 1, List.of(empty, "empty"), "usage", "import", empty),
                c("wrong header", 1, List.of(wrongHeader, "line 1"), "usage", "import", "--format", "generic", wrongHeader),
                c("unknown format", 2, List.of("csv2"), "usage", "import", "--format", "csv2", ok),
                c("unknown command", 2, List.of("frobnicate"), "frobnicate"),
                c("unknown subcommand", 2, List.of("purge"), "usage", "purge", ok),
                c("unknown option", 2, List.of("--colour"), "usage", "import", "--colour", "red", ok),
                c("missing required option", 2, List.of("--period"), "cycle", "close"),
                new Case("period that is not a month", List.of("cycle", "close", "--period", "2026-13"), 2, List.of("2026-13"), false),
                c("close after an open month with records", 1, List.of("2026-01"), "cycle", "close", "--period", "2026-02"),
                c("missing customers file", 1, List.of(missing), "customers", "import", missing),
                c("customers file with another header", 1, List.of(customersHeader, "line 1"), "customers", "import", customersHeader),
                c("two customers share a number", 1, List.of(sharedInFile, "60755512"), "customers", "import", sharedInFile),
                c("a customer takes a number the ledger holds", 1, List.of(sharedWithLedger, "60311111111"),
                        "customers", "import", sharedWithLedger),
                c("rates version without a slot 0 row for a band", 1, List.of(noStartRow, "OFFPEAK"), "rates", "import", noStartRow),
                c("rates version without a tier 0 row", 1, List.of(noTierZero, "line 3"), "rates", "import", noTierZero),
                c("rates row with per 0", 1, List.of(perZero, "line 3", "per"), "rates", "import", perZero),
                c("rates row with a bad date", 1, List.of(badDate, "line 3", "effective_from"), "rates", "import", badDate),
                c("empty rates file", 1, List.of(empty), "rates", "import", empty));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failsWithOneLineAndLeavesTheLedgerAsItWas(Case c) {
        Cli.Result r = Cli.run(ledger, c.args().toArray(String[]::new));

        assertThat(r.exit()).as(r.toString()).isEqualTo(c.exit());
        assertOneLine(r, c.names(), c.clear());
        // a usage import prints the totals of the files it imported, here none
        assertThat(r.out()).as("stdout").isIn("", "imported 0, duplicates 0, exceptions 0\n");
        assertThat(snapshot()).as("the ledger after: %s", c.name()).isEqualTo(before);
    }

    @Test
    void aVersionWithoutAStartRowIsRejectedNamingOneOfItsLines() throws IOException {
        String file = write("rates-no-start-2.csv", RATES_HEADER
                + "P,,6019,Mobile 019,PEAK,2026-01-01,0,0.10,60,1,0,0,0\n"
                + "P,,6019,Mobile 019,OFFPEAK,2026-01-01,0,0.05,60,6,30,0,0\n");

        Cli.Result r = Cli.run(ledger, "rates", "import", file);

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertOneLine(r, List.of(file), true);
        assertThat(r.err()).containsPattern(": line [23]\\b");
    }

    @Test
    void rejectedRatesFilesLeaveNoRowBehind() throws IOException {
        // every file below also restates 603 at 0.99/min: had any row been stored, re-rating would show it
        for (String file : List.of("rates-no-start.csv", "rates-no-tier-zero.csv", "rates-per-zero.csv", "rates-bad-date.csv")) {
            assertThat(Cli.run(ledger, "rates", "import", dir.resolve(file).toString()).exit()).as(file).isEqualTo(1);
        }

        Cli.ok(ledger, "rerate", "--period", "2026-01");
        Cli.ok(ledger, "rerate", "--period", "2026-02");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aHeaderOnlyFileImportsNothingAndSucceeds() throws IOException {
        String headerOnly = write("header-only.csv", SmallOperator.GENERIC_HEADER + "\n");

        Cli.Result r = Cli.run(ledger, "usage", "import", headerOnly);

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("imported 0, duplicates 0, exceptions 0\n");
        assertThat(snapshot()).isEqualTo(before);
    }

    static void assertOneLine(Cli.Result r, List<String> names, boolean clear) {
        assertThat(r.errLines()).as("stderr of %s", r).hasSize(1);
        String line = r.errLines().getFirst();
        assertThat(line).startsWith("meterbook: ").doesNotContain("\tat ");
        if (clear) {
            assertThat(line).doesNotContainPattern("\\w+(Exception|Error)\\b");
        }
        for (String name : names) {
            assertThat(line).contains(name);
        }
    }
}
