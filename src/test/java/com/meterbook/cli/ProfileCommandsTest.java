package com.meterbook.cli;

import com.meterbook.ledger.AuditStore;
import com.meterbook.ledger.Ledger;
import com.meterbook.testing.Cli;
import com.meterbook.testing.Csv;
import com.meterbook.testing.SmallOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** profiles save/list/show and usage import --profile, end to end: re-importing gives duplicates, charges as by hand. */
@Tag("db")
class ProfileCommandsTest {

    /** Semicolons, a header in other words, milliseconds, day-first times in London, no id: the id is a hash. */
    static final String PROFILE = """
            # a switch that writes no record id
            delimiter=;
            column.caller=Von
            column.callee=Nach
            column.start=Beginn
            column.duration=Dauer ms
            duration.unit=ms
            time.pattern=dd/MM/yyyy HH:mm
            time.zone=Europe/London
            id.hash=caller,callee,start
            """;

    static final String FILE = """
            Beginn;Von;Nach;Dauer ms
            29/01/2026 10:00;03-1111 1111;03-2141 5000;61000
            29/01/2026 11:00;03-1111 1111;03-2141 5000;125000
            """;

    @TempDir
    Path dir;
    private Path ledger;

    @BeforeEach
    void setUp() throws IOException {
        ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Cli.ok(ledger, "customers", "import", Files.writeString(dir.resolve("customers.csv"), SmallOperator.CUSTOMERS).toString());
        Cli.ok(ledger, "bands", "import", Files.writeString(dir.resolve("bands.csv"), SmallOperator.BANDS).toString());
        Cli.ok(ledger, "rates", "import", Files.writeString(dir.resolve("rates.csv"), SmallOperator.RATES).toString());
    }

    @Test
    void aSavedProfileImportsAFileAndReimportingGivesDuplicates() throws IOException {
        Path profile = Files.writeString(dir.resolve("telco.properties"), PROFILE);
        assertThat(Cli.ok(ledger, "profiles", "save", "telco", "--from-file", profile.toString())).isEqualTo("saved profile telco\n");
        assertThat(Cli.ok(ledger, "profiles", "list")).startsWith("telco\tcall\t");
        assertThat(Cli.ok(ledger, "profiles", "show", "telco")).contains("column.duration=Dauer ms\n", "time.zone=Europe/London\n",
                "id.hash=caller,callee,start\n");

        Path file = Files.writeString(dir.resolve("telco-jan.csv"), FILE);
        assertThat(Cli.ok(ledger, "usage", "import", "--profile", "telco", file.toString()))
                .isEqualTo("imported 2, duplicates 0, exceptions 0\n");
        Cli.Result same = Cli.run(ledger, "usage", "import", "--profile", "telco", file.toString());
        assertThat(same.out()).isEqualTo("imported 0, duplicates 2, exceptions 0\n");
        Path copy = Files.writeString(dir.resolve("telco-jan-crlf.csv"), FILE.replace("\n", "\r\n"));
        assertThat(Cli.ok(ledger, "usage", "import", "--profile", "telco", copy.toString()))
                .as("other bytes, read again: the same lines give the same hash ids").isEqualTo("imported 0, duplicates 2, exceptions 0\n");

        Path out = dir.resolve("charges.csv");
        Cli.ok(ledger, "charges", "export", "--out", out.toString());
        List<Map<String, String>> charges = Csv.rows(Files.readString(out));
        // 603 for A1: 0.01 connect + 0.05 a minute in 60 s steps (minimum 0.10): 61 s -> 2 min = 0.11; 125 s -> 3 min = 0.16
        assertThat(charges).extracting(c -> c.get("quantity")).containsExactly("61", "125");
        assertThat(charges).extracting(c -> c.get("charge")).containsExactly("0.11", "0.16");
        assertThat(charges).extracting(c -> c.get("account")).containsOnly("A1");
        assertThat(charges).extracting(c -> c.get("record_id")).allMatch(id -> id.matches("h-[0-9a-f]{16}"));

        Cli.ok(ledger, "profiles", "save", "telco", "--from-file", profile.toString(), "--set", "time.zone=UTC");
        try (Ledger opened = Ledger.open(ledger)) {
            List<AuditStore.Entry> audit = opened.inTransaction(s -> s.doReturningWork(c -> new AuditStore(c).of("profile telco")));
            assertThat(audit).extracting(AuditStore.Entry::action).containsExactly("profile save", "profile replace");
            assertThat(audit.get(0).detail()).contains("time.zone=Europe/London");
            assertThat(audit.get(1).detail()).contains("time.zone=UTC");
        }
    }

    @Test
    void aProfileFromOptionsAndTheMistakesNamed() throws IOException {
        assertThat(Cli.ok(ledger, "profiles", "save", "plain", "--set", "header=false", "--set", "column.id=1", "--set", "column.callee=2",
                "--set", "column.start=3", "--set", "column.duration=4")).isEqualTo("saved profile plain\n");
        Path file = Files.writeString(dir.resolve("plain.csv"), "P1,012-345 6789,2026-01-29 10:00,60\nP2,012-345 6789,yesterday,60\n");
        assertThat(Cli.ok(ledger, "usage", "import", "--profile", "plain", file.toString())).isEqualTo("imported 0, duplicates 0, exceptions 2\n");

        Cli.Result bad = Cli.run(ledger, "profiles", "save", "bad", "--set", "column.start=1", "--set", "time.pattern=dd/MM/yyyy HH:mm:ll");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).startsWith("meterbook: profile bad: time.pattern 'dd/MM/yyyy HH:mm:ll' is not a date-time pattern");
        Cli.Result missing = Cli.run(ledger, "usage", "import", "--profile", "nope", file.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("meterbook: no mapping profile 'nope' (there are: plain)\n");
        assertThat(Cli.run(ledger, "usage", "import", "--profile", "plain", "--format", "generic", file.toString()).err())
                .isEqualTo("meterbook: give --format or --profile, not both\n");
        assertThat(Cli.run(ledger, "profiles", "show", "nope").err()).isEqualTo("meterbook: no mapping profile 'nope' (there are: plain)\n");
    }
}
