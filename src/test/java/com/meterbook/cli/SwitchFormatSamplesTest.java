package com.meterbook.cli;

import com.meterbook.testing.Cli;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two switch-format examples of sample-data/ (no header row, as Asterisk and FreeSWITCH write
 * them) import through the CLI with every record rated, and importing them again changes nothing.
 */
@Tag("db")
class SwitchFormatSamplesTest {

    @Test
    void asteriskAndFreeswitchSamplesRateEveryRecordOnce(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger");
        assertThat(Cli.run(ledger, "init", "--zone", "Asia/Kuala_Lumpur").exit()).isZero();
        for (String master : new String[]{"customers", "rates", "bands", "holidays", "recurring"}) {
            assertThat(Cli.run(ledger, master, "import", "sample-data/" + master + ".csv").exit()).isZero();
        }

        Cli.Result asterisk = Cli.run(ledger, "usage", "import", "--format", "asterisk", "sample-data/asterisk-Master-2026-02.csv");
        Cli.Result freeswitch = Cli.run(ledger, "usage", "import", "--format", "freeswitch", "sample-data/freeswitch-2026-02.csv");
        Cli.Result again = Cli.run(ledger, "usage", "import", "--format", "asterisk", "sample-data/asterisk-Master-2026-02.csv");

        // each sample file holds 8 calls of known customers with rated destinations; unanswered ones
        // (billsec 0) are stored and counted but not charged
        assertThat(asterisk.out()).isEqualTo("imported 8, duplicates 0, exceptions 0\n");
        assertThat(freeswitch.out()).isEqualTo("imported 8, duplicates 0, exceptions 0\n");
        assertThat(again.out()).isEqualTo("imported 0, duplicates 8, exceptions 0\n");
        Path charges = dir.resolve("charges.csv");
        assertThat(Cli.run(ledger, "charges", "export", "--period", "2026-02", "--out", charges.toString()).exit()).isZero();
        long answered = answered(Path.of("sample-data/asterisk-Master-2026-02.csv"), 13)
                + answered(Path.of("sample-data/freeswitch-2026-02.csv"), 8);
        assertThat(answered).isBetween(1L, 15L);
        assertThat(Files.readAllLines(charges)).hasSize(1 + (int) answered);
    }

    /** Records whose billsec field is above 0. */
    private static long answered(Path file, int billsecField) throws Exception {
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(Files.newBufferedReader(file))) {
            return parser.stream().filter(r -> Integer.parseInt(r.get(billsecField)) > 0).count();
        }
    }
}
