package com.meterbook.cli;

import com.meterbook.ingest.SourceFingerprint;
import com.meterbook.ingest.TextInput;
import com.meterbook.testing.Cli;
import com.meterbook.testing.Csv;
import com.meterbook.testing.LedgerSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus of src/test/resources/corpus through {@code usage import} and
 * {@code customers import}: each file imports correctly, or the command exits 1 with one stderr
 * line that names the file (and the line and field where it applies) and leaves the charges and
 * exceptions exports as they were. Charges are worked out by hand against corpus/rates.csv:
 * 6012 is 0.12 a minute per second; 603 is 0.06 a minute in 60 s steps plus 0.02 connect, at least 0.10.
 */
@Tag("db")
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

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

    static String corpus(String name) {
        return CORPUS.resolve(name).toString();
    }

    private String snapshot() {
        return LedgerSnapshot.of(ledger, dir, YearMonth.of(2026, 2));
    }

    /** record_id=charge of every charged record. */
    private List<String> charges() {
        Path out = dir.resolve("charges.csv");
        Cli.ok(ledger, "charges", "export", "--out", out.toString());
        return Csv.rows(out).stream().map(r -> r.get("record_id") + "=" + r.get("account") + ":" + r.get("charge")).toList();
    }

    /** source:line reason field-and-detail of every queued record. */
    private List<Map<String, String>> exceptions() {
        Path out = dir.resolve("exceptions.csv");
        Cli.ok(ledger, "exceptions", "export", "--out", out.toString());
        return Csv.rows(out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty.csv            | is empty
            wrong-header.csv     | line 1
            nul-byte.csv         | NUL byte at byte 122, line 3
            picture.png.csv      | binary
            archive.zip.csv      | binary
            """)
    void aRejectedFileExitsOneWithOneLineAndChangesNothing(String file, String names) {
        String before = snapshot();

        Cli.Result r = Cli.run(ledger, "usage", "import", corpus(file));

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        CliFailuresTest.assertOneLine(r, List.of(corpus(file), names), true);
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "customers import {0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty.csv            | is empty
            picture.png.csv      | binary
            nul-byte.csv         | NUL byte at byte 122, line 3
            crlf.csv             | line 1
            """)
    void aRejectedMasterDataFileExitsOneWithOneLineAndChangesNothing(String file, String names) {
        String before = Cli.ok(ledger, "customers", "list");

        Cli.Result r = Cli.run(ledger, "customers", "import", corpus(file));

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        CliFailuresTest.assertOneLine(r, List.of(corpus(file), names), true);
        assertThat(Cli.ok(ledger, "customers", "list")).isEqualTo(before);
    }

    @Test
    void aHeaderOnlyFileImportsNothing() {
        String before = snapshot();

        assertThat(Cli.ok(ledger, "usage", "import", corpus("header-only.csv"))).isEqualTo("imported 0, duplicates 0, exceptions 0\n");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aLastLineCutShortIsInvalidAndTheRestIsCharged() {
        assertThat(Cli.ok(ledger, "usage", "import", corpus("truncated-last-line.csv")))
                .isEqualTo("imported 2, duplicates 0, exceptions 1\n");

        // T1: 60 s to 012 = 0.12; T2: 64 s to 03 = two 60 s steps 0.12 + connect 0.02
        assertThat(charges()).containsExactly("T1=A1:0.12", "T2=A2:0.14");
        assertThat(exceptions()).singleElement().satisfies(e -> {
            assertThat(e.get("source") + ":" + e.get("line") + " " + e.get("reason")).isEqualTo("truncated-last-line.csv:4 INVALID_RECORD");
            assertThat(e.get("detail")).contains("5 fields");
        });
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsReadAsPlainUtf8() {
        assertThat(Cli.ok(ledger, "usage", "import", corpus("utf8-bom.csv"), corpus("crlf.csv")))
                .isEqualTo("imported 3, duplicates 0, exceptions 0\n");

        // B1: 90 s = 0.18; C1: 61 s = 0.122; C2 (account A2): 125 s = three steps 0.18 + 0.02
        assertThat(charges()).containsExactlyInAnyOrder("B1=A1:0.18", "C1=A1:0.12", "C2=A2:0.20");
    }

    @Test
    void aNewlineInsideAQuotedFieldKeepsPhysicalLineNumbers() {
        assertThat(Cli.ok(ledger, "usage", "import", corpus("asterisk-newline-in-field.csv")))
                .isEqualTo("imported 1, duplicates 0, exceptions 1\n");

        assertThat(charges()).containsExactly("1770094800.11=A1:0.18");
        assertThat(exceptions()).singleElement().satisfies(e -> {
            assertThat(e.get("source") + ":" + e.get("line")).isEqualTo("asterisk-newline-in-field.csv:3");
            assertThat(e.get("detail")).contains("billsec").contains("abc");
        });
    }

    @Test
    void latin1BytesInAUsageRecordMakeThatRecordInvalidNamingTheField() {
        assertThat(Cli.ok(ledger, "usage", "import", corpus("asterisk-latin1.csv")))
                .isEqualTo("imported 1, duplicates 0, exceptions 1\n");

        // the second call (1002 = A2, 64 s to 03) is unharmed
        assertThat(charges()).containsExactly("1770081000.3=A2:0.14");
        assertThat(exceptions()).singleElement().satisfies(e -> {
            assertThat(e.get("source") + ":" + e.get("line") + " " + e.get("reason")).isEqualTo("asterisk-latin1.csv:1 INVALID_RECORD");
            assertThat(e.get("record_id")).isEqualTo("1770080400.1");
            assertThat(e.get("detail")).startsWith("clid holds bytes that are not UTF-8").contains("Jos\uFFFD M\uFFFDller");
        });
    }

    @Test
    void latin1BytesInACustomersFileRejectItNamingLineFieldAndByteOffset() {
        String before = Cli.ok(ledger, "customers", "list");

        Cli.Result r = Cli.run(ledger, "customers", "import", corpus("customers-latin1.csv"));

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        CliFailuresTest.assertOneLine(r, List.of(corpus("customers-latin1.csv"), "line 3", "field name", "not UTF-8",
                "byte offset 75"), true);
        assertThat(Cli.ok(ledger, "customers", "list")).isEqualTo(before);
    }

    @Test
    void aCustomersFileWithByteOrderMarkCrlfAndANewlineInAQuotedNameImports() {
        Cli.ok(ledger, "customers", "import", corpus("customers-bom-crlf-newline.csv"));

        assertThat(Cli.ok(ledger, "customers", "list")).contains("A5\tEpsilon\r\nHoldings, Ltd\tP\t60355555555")
                .contains("A6\tZeta\tP\t60366666666");
    }

    @Test
    void aLineTooLongToBeARecordStopsTheFileNamingTheLine() throws IOException {
        Path file = dir.resolve("long-line.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("call_id,account,caller,callee,start,duration\nL1,,03-1111 1111,012-345 6789,2026-02-03 09:00:00,60\nL2,,"
                    .getBytes(StandardCharsets.US_ASCII));
            out.write("9".repeat(TextInput.MAX_LINE * 2).getBytes(StandardCharsets.US_ASCII));
            out.write(",012-345 6789,2026-02-03 09:00:00,60\nL3,,03-1111 1111,012-345 6789,2026-02-03 09:10:00,60\n"
                    .getBytes(StandardCharsets.US_ASCII));
        }
        String before = snapshot();

        Cli.Result r = Cli.run(ledger, "usage", "import", file.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        CliFailuresTest.assertOneLine(r, List.of(file.toString(), "line 3 is longer than 1,048,576 characters"), true);
        // the long line falls in the first chunk: no whole chunk was written
        assertThat(snapshot()).isEqualTo(before);
    }

    /**
     * A 2 GB file: a header, one record, then 2 GB of NUL bytes (a sparse file, written at once). It is
     * rejected from its first 64 KiB, not read to its end. For a real 2 GB CDR file see docs/FORMATS.md.
     */
    @Test
    void aTwoGigabyteFileWithABinaryTailIsRejectedWithoutReadingItAll() throws Exception {
        Path file = dir.resolve("huge.csv");
        byte[] head = "call_id,account,caller,callee,start,duration\nH1,,03-1111 1111,012-345 6789,2026-02-03 09:00:00,60\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(head);
            raf.setLength(2L << 30);
        }
        String before = snapshot();

        long t0 = System.nanoTime();
        Cli.Result r = Cli.run(ledger, "usage", "import", file.toString());
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        CliFailuresTest.assertOneLine(r, List.of(file.toString(), "binary", "byte " + head.length + ", line 3"), true);
        assertThat(snapshot()).isEqualTo(before);
        // reading stopped at the first NUL byte: no hash of the whole file was made
        SourceFingerprint fingerprint = SourceFingerprint.of(file);
        assertThat(fingerprint.nulOffset()).isEqualTo(head.length);
        assertThat(fingerprint.sha256()).isEmpty();
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }
}
