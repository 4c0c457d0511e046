package com.meterbook.documents;

import com.meterbook.billing.EntityProfile;
import com.meterbook.billing.Invoice;
import com.meterbook.domain.LedgerSettings;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement's layout: long statements paginate cleanly, every line once, names in any of the three scripts. */
class StatementPdfTest {

    static final LedgerSettings SETTINGS = LedgerSettings.defaults(ZoneId.of("Asia/Kuala_Lumpur"));
    static final EntityProfile ENTITY = new EntityProfile("MAIN", "Sinar Telekom Sdn Bhd", List.of("No. 8, Jalan Sultan Ismail",
            "50250 Kuala Lumpur"), "W10-1808-32000123", Optional.empty(), 14);

    static StatementHeader header(String name, BigDecimal usage, boolean invoiced, boolean provisional) {
        Optional<Invoice> invoice = invoiced ? Optional.of(new Invoice("MAIN-000007", "MAIN", 7, "C1", YearMonth.of(2026, 1),
                BigDecimal.ZERO, usage, BigDecimal.ZERO, usage, BigDecimal.ZERO, usage)) : Optional.empty();
        return new StatementHeader(ENTITY, "C1", name, YearMonth.of(2026, 1), provisional, LocalDate.of(2026, 2, 1), SETTINGS,
                new BigDecimal("0.00"), usage, List.of(), usage, invoice, invoiced ? BigDecimal.ZERO : usage, new BigDecimal("1.00"),
                BigDecimal.ZERO);
    }

    /** {@code n} calls, a tenth from a second number, each with its own callee and a charge of 0.01 to 0.99. */
    static Iterator<StatementLine> lines(int n) {
        return IntStream.range(0, n).mapToObj(i -> new StatementLine(i < n * 9 / 10 ? "60312345678" : "60398765432",
                LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(i), "Mobile (Maxis)", String.valueOf(60120000000L + i), "PEAK", true,
                BigDecimal.valueOf(61), "0.1/min", new BigDecimal(BigDecimal.valueOf(1 + i % 99).movePointLeft(2).toPlainString()))).iterator();
    }

    static byte[] write(StatementHeader header, Iterator<StatementLine> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = StatementPdf.write(header, lines, out);
        assertThat(PdfText.pages(out.toByteArray())).hasSize(pages);
        return out.toByteArray();
    }

    @Test
    void tenThousandLinesPaginateWithEveryLineOnceAndPageNOfNOnEveryPage() throws IOException {
        int n = 10_000;
        BigDecimal usage = IntStream.range(0, n).mapToObj(i -> BigDecimal.valueOf(1 + i % 99).movePointLeft(2)).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> pages = PdfText.pages(write(header("Kedai Runcit Siti Aminah", usage, true, false), lines(n)));

        int count = pages.size();
        assertThat(count).as("about 66 lines a page").isBetween(n / 67, n / 60 + 2);
        for (int i = 0; i < count; i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + count);
        }
        String all = String.join("\n", pages);
        Matcher callees = Pattern.compile("\\b6012\\d{7}\\b").matcher(all);
        int[] seen = new int[n];
        while (callees.find()) {
            seen[(int) (Long.parseLong(callees.group()) - 60120000000L)]++;
        }
        assertThat(IntStream.of(seen).filter(s -> s != 1).count()).as("lines not printed exactly once").isZero();
        for (int i = 1; i < count; i++) {
            assertThat(pages.get(i)).as("page " + (i + 1) + " repeats the table header").contains("Date and time");
            List<String> rows = pages.get(i).lines().filter(l -> l.startsWith("2026-") || l.contains("Subtotal ")).toList();
            if (!rows.isEmpty()) {
                assertThat(rows.getFirst()).as("page " + (i + 1) + " does not start with an orphaned subtotal").doesNotContain("Subtotal");
            }
        }
        assertThat(all).contains("Subtotal Number +60312345678: 9000 records", "Subtotal Number +60398765432: 1000 records");
        assertThat(all).contains("Total usage 10000").contains("RM " + String.format("%,.2f", usage));
    }

    @Test
    void malayChineseAndTamilNamesExtractBack() throws IOException {
        for (String name : List.of("Nurul Huda binti Abdullah", "Lim Brothers Enterprise (林兄弟企业)", "முருகன் ஸ்டோர்ஸ்", "செல்வி கோபால்")) {
            String text = PdfText.all(write(header(name, new BigDecimal("0.84"), false, false), lines(3)));
            assertThat(text).as(name).contains(name);
        }
    }

    @Test
    void aCarriedBalanceSaysWhyAndAnOpenCycleIsMarkedProvisionalOnEveryPage() throws IOException {
        String carried = PdfText.all(write(header("Lee Mei Ling", new BigDecimal("0.84"), false, false), lines(2)));
        assertThat(carried).contains("Balance RM 0.84 is below the RM 1.00 threshold and is carried forward to 2026-02");
        assertThat(carried).doesNotContain("PROVISIONAL");

        List<String> provisional = PdfText.pages(write(header("Lee Mei Ling", new BigDecimal("0.84"), false, true), lines(200)));
        assertThat(provisional).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p).contains("PROVISIONAL — cycle not closed"));
    }
}
