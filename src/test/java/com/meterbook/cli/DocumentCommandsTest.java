package com.meterbook.cli;

import com.meterbook.documents.PdfText;
import com.meterbook.testing.Cli;
import com.meterbook.testing.Csv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Statements and invoices of the sample operator's January, read back from the PDFs and compared
 * with the ledger's own rows: every line's charge, the balance and the invoice to the sen.
 */
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentCommandsTest {

    private static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();
    private static final Pattern LINE = Pattern.compile(
            "(?m)^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d .*? (\\d{5,}) (?:\\S+ )?\\d+:\\d\\d \\S+ RM ([\\d,]+\\.\\d\\d)$");

    @TempDir
    static Path dir;
    private Path ledger;

    private String run(String... args) {
        return Cli.ok(ledger, args);
    }

    @BeforeAll
    void closeTheSampleJanuary() {
        ledger = dir.resolve("ledger");
        run("init", "--zone", "Asia/Kuala_Lumpur", "--tax-rate", "0.06");
        for (String f : List.of("customers", "bands", "holidays", "rates", "recurring")) {
            run(f, "import", SAMPLE.resolve(f + ".csv").toString());
        }
        run("usage", "import", SAMPLE.resolve("cdrs-2026-01.csv").toString());
        run("cycle", "close", "--period", "2026-01");
        run("entities", "set", "--entity", "MAIN", "--name", "Sinar Telekom Sdn Bhd", "--address",
                "No. 8, Jalan Sultan Ismail|50250 Kuala Lumpur", "--tax-id", "W10-1808-32000123", "--logo",
                SAMPLE.resolve("sinar-logo.png").toString());
    }

    private List<Map<String, String>> csv(String... export) throws IOException {
        Path out = dir.resolve(String.join("-", export) + ".csv");
        List<String> args = new ArrayList<>(List.of(export));
        args.addAll(List.of("--out", out.toString()));
        run(args.toArray(String[]::new));
        return Csv.rows(out);
    }

    private static String money(String amount) {
        return "RM " + String.format("%,.2f", new BigDecimal(amount));
    }

    @Test
    void everyLineAndTotalOfAStatementEqualTheLedger() throws IOException {
        Path pdf = dir.resolve("C1003.pdf");
        assertThat(run("statement", "--account", "C1003", "--period", "2026-01", "--out", pdf.toString())).startsWith("wrote statement C1003 2026-01");
        String text = PdfText.all(Files.readAllBytes(pdf));

        Map<String, Integer> printed = new HashMap<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            printed.merge(m.group(1) + " " + m.group(2).replace(",", ""), 1, Integer::sum);
        }
        Map<String, Integer> ledgerRows = new HashMap<>();
        csv("charges", "export", "--period", "2026-01").stream().filter(r -> r.get("account").equals("C1003"))
                .forEach(r -> ledgerRows.merge(r.get("callee") + " " + r.get("charge"), 1, Integer::sum));
        assertThat(ledgerRows).isNotEmpty();
        assertThat(printed).as("every rated record once, with its charge").isEqualTo(ledgerRows);

        Map<String, String> balance = csv("balances", "export", "--period", "2026-01").stream()
                .filter(r -> r.get("account").equals("C1003")).findFirst().orElseThrow();
        Map<String, String> invoice = csv("invoices", "export", "--period", "2026-01").stream()
                .filter(r -> r.get("account").equals("C1003")).findFirst().orElseThrow();
        assertThat(text).contains("Balance brought forward " + money(balance.get("brought_forward")),
                "Usage (itemised below) " + money(balance.get("usage")), "Subtotal " + money(balance.get("subtotal")),
                "Tax (6 %) " + money(invoice.get("tax")), "Total invoiced (" + invoice.get("invoice_no") + ") " + money(invoice.get("total")),
                "Total usage", "Sinar Telekom Sdn Bhd", "Muthu Logistics Sdn Bhd");
        assertThat(text.lines().filter(l -> l.startsWith("Total usage ")).findFirst().orElseThrow()).endsWith(money(balance.get("usage")));
    }

    @Test
    void anInvoiceShowsTheInvoicesTableFiguresAndItsDates() throws IOException {
        Map<String, String> row = csv("invoices", "export", "--period", "2026-01").stream()
                .filter(r -> r.get("account").equals("C1003")).findFirst().orElseThrow();
        Path pdf = dir.resolve("invoice.pdf");
        run("invoice", "--number", row.get("invoice_no"), "--out", pdf.toString());
        String text = PdfText.all(Files.readAllBytes(pdf));

        assertThat(text).contains("INVOICE", row.get("invoice_no"), "Muthu Logistics Sdn Bhd", "Page 1 of 1",
                "Balance brought forward " + money(row.get("brought_forward")), "Subtotal " + money(new BigDecimal(row.get("brought_forward"))
                        .add(new BigDecimal(row.get("usage"))).add(new BigDecimal(row.get("recurring"))).toPlainString()),
                "Tax (6 %) " + money(row.get("tax")), money(row.get("total")), "account C1003, period 2026-01");
        BigDecimal byClass = text.lines().filter(l -> l.startsWith("Usage: "))
                .map(l -> new BigDecimal(l.substring(l.lastIndexOf("RM ") + 3).replace(",", ""))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(byClass).as("usage by destination class adds up to the invoice's usage").isEqualByComparingTo(row.get("usage"));
        Matcher dates = Pattern.compile("Issue date (\\S+)[\\s\\S]*Due date (\\S+)").matcher(text);
        assertThat(dates.find()).isTrue();
        assertThat(java.time.LocalDate.parse(dates.group(2))).isEqualTo(java.time.LocalDate.parse(dates.group(1)).plusDays(14));
    }

    @Test
    void unknownAccountPeriodOrInvoiceExitOneNamingIt() {
        String out = dir.resolve("x.pdf").toString();
        Cli.Result account = Cli.run(ledger, "statement", "--account", "C9999", "--period", "2026-01", "--out", out);
        assertThat(account.exit()).isEqualTo(1);
        assertThat(account.errLines()).containsExactly("meterbook: unknown account C9999");
        Cli.Result period = Cli.run(ledger, "statement", "--account", "C1003", "--period", "2025-07", "--out", out);
        assertThat(period.exit()).isEqualTo(1);
        assertThat(period.errLines()).singleElement().asString().contains("2025-07");
        Cli.Result invoice = Cli.run(ledger, "invoice", "--number", "MAIN-999999", "--out", out);
        assertThat(invoice.exit()).isEqualTo(1);
        assertThat(invoice.errLines()).containsExactly("meterbook: unknown invoice MAIN-999999");
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
        assertThat(Cli.run(ledger, "documents", "export", "--period", "2026-02", "--out", dir.resolve("feb").toString()).errLines())
                .containsExactly("meterbook: cycle 2026-02 is not closed");
    }

    @Test
    void exportWritesEveryStatementAndInvoiceWithAnIndex() throws IOException {
        Path folder = dir.resolve("export");
        int invoices = csv("invoices", "export", "--period", "2026-01").size();
        assertThat(run("documents", "export", "--period", "2026-01", "--out", folder.toString()))
                .startsWith("exported " + (30 + invoices) + " documents");
        List<Map<String, String>> index = Csv.rows(folder.resolve("index.csv"));
        assertThat(index).hasSize(30 + invoices);
        assertThat(index).filteredOn(r -> r.get("document").equals("invoice")).hasSize(invoices);
        for (Map<String, String> r : index) {
            assertThat(folder.resolve(r.get("file"))).exists();
            assertThat(Integer.parseInt(r.get("pages"))).isPositive();
        }
        Map<String, String> c1014 = index.stream().filter(r -> r.get("account").equals("C1014") && r.get("document").equals("statement"))
                .findFirst().orElseThrow();
        assertThat(c1014.get("name")).isEqualTo("Lim Brothers Enterprise (林兄弟企业)");
        assertThat(PdfText.all(Files.readAllBytes(folder.resolve(c1014.get("file"))))).contains("Lim Brothers Enterprise (林兄弟企业)");

        Path single = dir.resolve("single-C1003.pdf");
        run("statement", "--account", "C1003", "--period", "2026-01", "--out", single.toString());
        assertThat(PdfText.all(Files.readAllBytes(folder.resolve("statement-C1003-2026-01.pdf"))))
                .as("a cycle's export reads its rows in one pass; the statements are the same")
                .isEqualTo(PdfText.all(Files.readAllBytes(single)));
        String number = index.stream().filter(r -> r.get("account").equals("C1003") && r.get("document").equals("invoice"))
                .findFirst().orElseThrow().get("number");
        Path invoice = dir.resolve("single-invoice.pdf");
        run("invoice", "--number", number, "--out", invoice.toString());
        assertThat(PdfText.all(Files.readAllBytes(folder.resolve("invoice-" + number + ".pdf"))))
                .isEqualTo(PdfText.all(Files.readAllBytes(invoice)));
    }

    @Test
    void printSendsEachDocumentToThePrinterAsOneJob() {
        List<String> jobs = new ArrayList<>();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = MeterbookCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        ((MeterbookCli) cl.getCommand()).printer = () -> (pages, job) -> {
            jobs.add(job + ": " + pages.getNumberOfPages());
            return true;
        };
        int exit = cl.execute("--ledger", ledger.toString(), "documents", "print", "--period", "2026-01", "--account", "C1009");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(jobs).containsExactly("Statement C1009 2026-01: 1");
        assertThat(out.toString()).isEqualTo("printed 1 documents (1 pages) of 2026-01\n");
    }

    @Test
    void printWithoutAPrinterSaysSo() {
        assumeTrue(PrinterJob.lookupPrintServices().length == 0, "this machine has a printer");
        Cli.Result r = Cli.run(ledger, "documents", "print", "--period", "2026-01", "--account", "C1009");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("no printer");
    }

    @Test
    void entitiesShowTheLetterheadAndTheChangeIsAudited() {
        assertThat(run("entities", "show", "--entity", "MAIN")).contains("MAIN: Sinar Telekom Sdn Bhd", "  No. 8, Jalan Sultan Ismail",
                "  tax id: W10-1808-32000123", "  logo: 6751 bytes", "  payment: 14 days");
        assertThat(run("entities", "show")).contains("EAST: EAST");
        Cli.Result bad = Cli.run(ledger, "entities", "set", "--entity", "MAIN", "--logo", SAMPLE.resolve("customers.csv").toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.errLines()).containsExactly("meterbook: the logo must be a PNG or JPEG image");
        assertThat(Cli.run(ledger, "entities", "show", "--entity", "NOPE").errLines()).containsExactly("meterbook: unknown entity NOPE");
        try (var l = com.meterbook.ledger.Ledger.open(ledger)) {
            String audit = l.inTransaction(s -> s.createNativeQuery("select detail from audit_entry where action = 'entity profile'", String.class)
                    .getResultList().getFirst());
            assertThat(audit).contains("Sinar Telekom Sdn Bhd", "logo 6751 bytes");
        }
    }
}
