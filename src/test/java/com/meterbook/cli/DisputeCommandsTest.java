package com.meterbook.cli;

import com.meterbook.testing.Cli;
import com.meterbook.testing.DisputeFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** disputes, credit-notes and credit-note on the command line: output, exit codes 0/1/2, one-line errors, export and PDF. */
@Tag("db")
class DisputeCommandsTest {

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** January imported and closed: MAIN-000001 (A1, 17.34 + 1.04 tax), EAST-000001 (B1, 3.00 + 0.18 tax). */
    private static Path januaryClosed(Path dir) throws IOException {
        Path ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur", "--tax-rate", "0.06");
        Cli.ok(ledger, "customers", "import", write(dir, "customers.csv", DisputeFixture.CUSTOMERS).toString());
        Cli.ok(ledger, "rates", "import", write(dir, "rates.csv", DisputeFixture.RATES).toString());
        Cli.ok(ledger, "usage", "import", write(dir, "jan.csv", DisputeFixture.JANUARY).toString());
        Cli.ok(ledger, "cycle", "close", "--period", "2026-01");
        return ledger;
    }

    @Test
    void openCommentCreditAndTheNextCloseDeductsIt(@TempDir Path dir) throws IOException {
        Path ledger = januaryClosed(dir);
        assertThat(Cli.ok(ledger, "disputes", "open", "--record", "c1", "--reason", "dropped call", "--author", "aisha"))
                .isEqualTo("opened dispute 1 on record c1\n");
        assertThat(Cli.ok(ledger, "disputes", "comment", "1", "--text", "log confirms", "--author", "ben")).isEqualTo("commented on dispute 1\n");
        assertThat(Cli.ok(ledger, "disputes", "credit", "1", "--amount", "12.34", "--author", "aisha"))
                .isEqualTo("credit note MAIN-CN-000001 for 12.34 to A1 on dispute 1: deducted at the customer's next cycle close\n");
        assertThat(Cli.ok(ledger, "disputes", "list", "--status", "credited", "--account", "A1").lines().skip(1).toList())
                .singleElement().asString().startsWith("1\tcredited\trecord c1\tA1\t").endsWith("\taisha\tMAIN-CN-000001\tdropped call");

        Cli.ok(ledger, "usage", "import", write(dir, "feb.csv", DisputeFixture.FEBRUARY).toString());
        assertThat(Cli.ok(ledger, "cycle", "close", "--period", "2026-02", "--dry-run"))
                .contains("credit note MAIN-CN-000001 deducted: -12.34 (before tax)");
        Cli.ok(ledger, "cycle", "close", "--period", "2026-02");
        // A1: 20.00 - 12.34 = 7.66, tax 0.4596 -> 0.46, total 8.12
        Path invoices = dir.resolve("invoices.csv");
        Cli.ok(ledger, "invoices", "export", "--period", "2026-02", "--out", invoices.toString());
        assertThat(Files.readString(invoices)).contains("MAIN-000002,A1,2026-02,0.00,20.00,0.00,0.46,8.12\n");
        // the printed invoice and statement show the deduction, so that their lines add up to the totals
        Path invoicePdf = dir.resolve("MAIN-000002.pdf");
        Cli.ok(ledger, "invoice", "--number", "MAIN-000002", "--out", invoicePdf.toString());
        Path statementPdf = dir.resolve("A1-2026-02.pdf");
        Cli.ok(ledger, "statement", "--account", "A1", "--period", "2026-02", "--out", statementPdf.toString());
        for (Path pdf : List.of(invoicePdf, statementPdf)) {
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).as(pdf.toString())
                        .contains("Credit notes deducted (before tax) -RM 12.34", "Subtotal RM 7.66", "RM 0.46", "RM 8.12");
            }
        }

        String show = Cli.ok(ledger, "disputes", "show", "1");
        assertThat(show).contains("dispute 1: credited\n", "on: record c1\n", "credit note: MAIN-CN-000001 for 12.34, 12.34 deducted so far\n",
                "\tben\tlog confirms\n", "\taisha\tdispute open\trecord c1 of A1: dropped call\n",
                "\tcredit note apply\tMAIN-CN-000001: 12.34 deducted at the close of 2026-02 (invoice MAIN-000002), 0.00 left\n");

        Path export = dir.resolve("credit-notes.csv");
        Cli.ok(ledger, "credit-notes", "export", "--out", export.toString(), "--bom");
        byte[] bytes = Files.readAllBytes(export);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFFcredit_note,entity,account,issued,dispute,disputed_kind,"
                + "disputed,amount,applied,remaining,deductions\nMAIN-CN-000001,MAIN,A1,").endsWith(",1,record,c1,12.34,12.34,0.00,2026-02 MAIN-000002 12.34\n");
        assertThat(Cli.ok(ledger, "credit-notes", "list")).contains("MAIN-CN-000001\tA1\t", "\t1\trecord c1\t12.34\t12.34\t0.00\n");
    }

    @Test
    void aPrintedCreditNoteCarriesTheLedgersFigures(@TempDir Path dir) throws IOException {
        Path ledger = januaryClosed(dir);
        Cli.ok(ledger, "disputes", "open", "--invoice", "EAST-000001", "--reason", "wrong plan");
        Cli.ok(ledger, "disputes", "credit", "1", "--amount", "2.5");
        Path pdf = dir.resolve("cn.pdf");
        assertThat(Cli.ok(ledger, "credit-note", "--number", "EAST-CN-000001", "--out", pdf.toString()))
                .isEqualTo("wrote credit note EAST-CN-000001 to " + pdf + "\n");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Credit note", "EAST-CN-000001", "B1, Beta Kedai (贝塔)", "Invoice EAST-000001 (subtotal before tax RM 3.00)",
                    "wrong plan", "RM 2.50", "None yet");
        }
    }

    @Test
    void refusalsAreOneLineAndUsageErrorsExitTwo(@TempDir Path dir) throws IOException {
        Path ledger = januaryClosed(dir);
        Cli.Result both = Cli.run(ledger, "disputes", "open", "--record", "c1", "--invoice", "MAIN-000001", "--reason", "r");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.errLines()).singleElement().asString().contains("mutually exclusive");
        assertThat(Cli.run(ledger, "disputes", "open", "--reason", "r").exit()).isEqualTo(2);
        assertThat(Cli.run(ledger, "disputes", "list", "--status", "closed").err())
                .isEqualTo("meterbook: 'closed' is not a dispute status (open, rejected or credited)\n");
        assertThat(Cli.run(ledger, "disputes", "open", "--record", "c9", "--reason", "r").err()).isEqualTo("meterbook: no record c9\n");
        Cli.ok(ledger, "disputes", "open", "--record", "c2", "--reason", "r");
        Cli.Result tooMuch = Cli.run(ledger, "disputes", "credit", "1", "--amount", "5.01");
        assertThat(tooMuch.exit()).isEqualTo(1);
        assertThat(tooMuch.err()).isEqualTo("meterbook: amount 5.01 is more than the record's charge 5.00 (at most 5.00)\n");
        assertThat(Cli.run(ledger, "disputes", "credit", "1", "--amount", "abc").exit()).isEqualTo(2);
        assertThat(Cli.ok(ledger, "disputes", "reject", "1", "--comment", "as agreed")).isEqualTo("rejected dispute 1\n");
        assertThat(Cli.run(ledger, "disputes", "reject", "1", "--comment", "again").err()).isEqualTo("meterbook: dispute 1 is already rejected\n");
        assertThat(Cli.run(ledger, "credit-note", "--number", "MAIN-CN-000009", "--out", dir.resolve("x.pdf").toString()).err())
                .isEqualTo("meterbook: no credit note MAIN-CN-000009\n");
        assertThat(Cli.run(ledger, "disputes", "show", "7").exit()).isEqualTo(1);
    }
}
