package com.meterbook.cli;

import com.meterbook.testing.Cli;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression (were minor bugs), RATING.md "Command line": exit 2 on a usage error, with one
 * clear line on stderr.
 * - A bad option value that picocli converts (--period, --zone, --currency) exits 2 but its line
 *   quotes the Java exception: "... cannot convert '2026-13' to class java.time.YearMonth
 *   (java.time.format.DateTimeParseException: Text '2026-13' could not be parsed: ... of type
 *   java.time.format.Parsed) (see --help)".
 * (init --decimals 9 and --rounding CEILING exited 1 before main af7ab0b; they now pass and stay as
 * regression cases.)
 */
@Tag("db")
class OptionValueErrorsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "cycle close --period 2026-13, 2026-13",
            "init --zone Foo/Bar, Foo/Bar",
            "init --currency XXY, XXY",
            "init --decimals 9, 9",
            "init --rounding CEILING, CEILING"})
    void aBadOptionValueIsAUsageErrorInOneClearLine(String command, String value) {
        Cli.Result r = Cli.run(dir.resolve("ledger"), command.split(" "));

        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().getFirst()).contains(value).doesNotContainPattern("java\\.|\\w+Exception\\b");
    }
}
