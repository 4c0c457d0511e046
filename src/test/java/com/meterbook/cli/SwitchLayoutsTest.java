package com.meterbook.cli;

import com.meterbook.testing.Cli;
import com.meterbook.testing.Csv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.meterbook.cli.BadInputCorpusTest.corpus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Usage files in exactly the layouts the switches write (src/test/resources/corpus): Asterisk's
 * cdr_csv Master.csv with its default 16 columns, with {@code loguniqueid}, with {@code loguserfield}
 * and with both (text fields quoted, a caller id {@code "John, Doe" <1001>} holding a comma and
 * quotes, empty answer times, all five dispositions), and FreeSWITCH mod_cdr_csv's {@code default}
 * template (every field quoted, caller_id_name first). Each file imports with and without
 * {@code --format}. Charges by hand against corpus/rates.csv: 6012 at 0.12 a minute per second;
 * 603 at 0.06 a minute in 60 s steps plus 0.02 connect, at least 0.10. Unanswered calls (billsec 0)
 * are stored and counted as imported but not charged.
 */
@Tag("db")
class SwitchLayoutsTest {

    @TempDir
    Path dir;
    Path ledger;

    @BeforeEach
    void aSmallOperator() {
        ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Cli.ok(ledger, "customers", "import", corpus("customers.csv"));
        Cli.ok(ledger, "rates", "import", corpus("rates.csv"));
    }

    private List<Map<String, String>> charges() {
        Path out = dir.resolve("charges.csv");
        Cli.ok(ledger, "charges", "export", "--out", out.toString());
        return Csv.rows(out);
    }

    private static List<String> summary(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("account") + " " + r.get("callee") + " " + r.get("quantity") + "s " + r.get("charge")).toList();
    }

    /**
     * Six calls: ANSWERED 60 s from 1001 (A1) to 012 = 0.12; NO ANSWER, BUSY, FAILED and CONGESTION
     * with billsec 0; ANSWERED 125 s with accountcode A2 to 03 = three 60 s steps 0.18 + 0.02 = 0.20.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            asterisk-default.csv      | --format=asterisk | ast-
            asterisk-default.csv      | detected          | ast-
            asterisk-loguniqueid.csv  | --format=asterisk | 1770080400.
            asterisk-loguniqueid.csv  | detected          | 1770080400.
            asterisk-loguserfield.csv | --format=asterisk | ast-
            asterisk-loguserfield.csv | detected          | ast-
            asterisk-both.csv         | --format=asterisk | pbx1-1770080400.
            asterisk-both.csv         | detected          | pbx1-1770080400.
            """)
    void asteriskMasterCsvInEachColumnLayout(String file, String how, String idStart) {
        String out = how.equals("detected") ? Cli.ok(ledger, "usage", "import", corpus(file))
                : Cli.ok(ledger, "usage", "import", how, corpus(file));

        assertThat(out).isEqualTo("imported 6, duplicates 0, exceptions 0\n");
        List<Map<String, String>> charges = charges();
        assertThat(summary(charges)).containsExactly("A1 60123456789 60s 0.12", "A2 60321415000 125s 0.20");
        // a constant userfield (loguserfield without loguniqueid) is no record id: the two calls stay apart
        assertThat(charges).extracting(r -> r.get("record_id")).allMatch(id -> id.startsWith(idStart)).doesNotHaveDuplicates();
        // the same file again (its SHA-256 is known): every record a duplicate
        assertThat(Cli.run(ledger, "usage", "import", corpus(file)).out()).isEqualTo("imported 0, duplicates 6, exceptions 0\n");
    }

    @Test
    void theRecordIdIsTheUniqueidWhereThereIsOne() {
        Cli.ok(ledger, "usage", "import", corpus("asterisk-loguniqueid.csv"));

        assertThat(charges()).extracting(r -> r.get("record_id")).containsExactly("1770080400.0", "1770080400.5");
    }

    /**
     * Four calls: 61 s from 1001 (A1) to 012 = 0.122, rounded 0.12; ORIGINATOR_CANCEL and USER_BUSY
     * with billsec 0; 30 s with accountcode A2 to 03 = one step 0.06 + 0.02 = 0.08, raised to the 0.10 minimum.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"--format=freeswitch", "detected"})
    void freeswitchDefaultTemplate(String how) {
        String file = corpus("freeswitch-default.csv");
        String out = how.equals("detected") ? Cli.ok(ledger, "usage", "import", file) : Cli.ok(ledger, "usage", "import", how, file);

        assertThat(out).isEqualTo("imported 4, duplicates 0, exceptions 0\n");
        List<Map<String, String>> charges = charges();
        assertThat(summary(charges)).containsExactly("A1 60123456789 61s 0.12", "A2 60321415000 30s 0.10");
        assertThat(charges).extracting(r -> r.get("record_id"))
                .containsExactly("0b6f3c52-1d8e-4c39-9a0e-3f1c2b7d9e01", "3e9c6f85-4ab1-4f6c-8d3b-6c4f5e0a2b04");
    }
}
