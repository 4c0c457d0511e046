package com.meterbook.documents;

import com.meterbook.domain.Money;
import com.meterbook.documents.RegulatoryFigures.Line;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The regulatory usage report as an A4 PDF: title, entity, period, a table of classes, countries and
 * services with a totals row, the time it was generated and "Page X of Y" on every page. Text is set
 * in the embedded Noto Sans (subset), so it prints the same on any PC.
 */
public final class RegulatoryReportPdf {

    private static final float MARGIN = 40;
    private static final float ROW = 16;
    private static final String[] HEAD = {"Class", "Destination", "Records", "Minutes", "Billed min", "Units", "Revenue"};
    private static final float[] WIDTH = {70, 150, 55, 60, 60, 50, 70};
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final RegulatoryFigures report;
    private PDDocument doc;
    private PDType0Font regular;
    private PDType0Font bold;

    private RegulatoryReportPdf(RegulatoryFigures report) {
        this.report = report;
    }

    /** Writes the report to {@code out} (through a temporary file, so a failure leaves no half PDF). */
    public static void write(RegulatoryFigures report, Path out) {
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (PDDocument d = new PDDocument()) {
                new RegulatoryReportPdf(report).render(d);
                d.save(tmp.toFile());
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private void render(PDDocument d) throws IOException {
        doc = d;
        regular = font("NotoSans-Regular.ttf");
        bold = font("NotoSans-Bold.ttf");
        List<String[]> rows = new ArrayList<>();
        String lastClass = null;
        for (Line l : report.lines()) {
            String cls = l.destinationClass().label();
            rows.add(cells(cls.equals(lastClass) ? "" : cls, l));
            lastClass = cls;
        }
        int first = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN - 100 - 2 * ROW - 10) / ROW);
        int later = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN - 2 * ROW - 10) / ROW);
        int at = 0;
        do {
            int fit = doc.getNumberOfPages() == 0 ? first : later;
            List<String[]> slice = rows.subList(at, Math.min(rows.size(), at + fit));
            at += slice.size();
            page(slice, at >= rows.size());
        } while (at < rows.size());
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            footer(doc.getPage(i), i + 1, n);
        }
    }

    private void page(List<String[]> rows, boolean last) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float top = page.getMediaBox().getHeight() - MARGIN;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = top;
            if (doc.getNumberOfPages() == 1) {
                text(cs, bold, 16, MARGIN, y - 16, "Usage by destination class");
                y -= 40;
                String currency = report.currency() + " (" + Money.symbol(Currency.getInstance(report.currency())) + ")";
                text(cs, regular, 10, MARGIN, y, "Entity: " + report.entityLabel());
                text(cs, regular, 10, MARGIN, y - 14, "Period: " + report.period() + " ("
                        + report.period().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                        + report.period().getYear() + ")");
                text(cs, regular, 10, MARGIN, y - 28, "Currency: " + currency + "; minutes are seconds / 60; revenue is the sum of record charges");
                y -= 60;
            }
            cs.setNonStrokingColor(0.90f, 0.92f, 0.95f);
            cs.addRect(MARGIN, y - ROW + 4, tableWidth(), ROW);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
            row(cs, bold, y, HEAD);
            y -= ROW;
            for (String[] r : rows) {
                row(cs, regular, y, r);
                y -= ROW;
            }
            if (last) {
                cs.setLineWidth(0.8f);
                cs.moveTo(MARGIN, y + 2);
                cs.lineTo(MARGIN + tableWidth(), y + 2);
                cs.stroke();
                String[] total = cells("Total", report.total());
                total[1] = "";
                row(cs, bold, y - 3, total);
            }
        }
    }

    private void footer(PDPage page, int number, int of) throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            float y = MARGIN - 16;
            text(cs, regular, 8, MARGIN, y, "Generated " + AT.format(report.generatedAt()) + " " + report.generatedAt().getZone().getId()
                    + " by Meterbook");
            String p = "Page " + number + " of " + of;
            text(cs, regular, 8, MARGIN + tableWidth() - width(regular, 8, p), y, p);
        }
    }

    private void row(PDPageContentStream cs, PDType0Font font, float y, String[] cells) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            String c = fit(font, cells[i], WIDTH[i] - 6);
            float tx = i < 2 ? x + 3 : x + WIDTH[i] - 3 - width(font, 9, c); // numbers right-aligned
            text(cs, font, 9, tx, y - 8, c);
            x += WIDTH[i];
        }
    }

    private static String[] cells(String cls, Line l) {
        return new String[]{cls, l.destination(), String.format(Locale.ROOT, "%,d", l.records()), number(l.minutes()),
                number(l.billedMinutes()), number(l.units()), grouped(l.revenue())};
    }

    private static String number(Optional<BigDecimal> v) {
        return v.map(RegulatoryReportPdf::grouped).orElse("");
    }

    private static String grouped(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(0, v.scale()));
        f.setMaximumFractionDigits(Math.max(0, v.scale()));
        return f.format(v);
    }

    private String fit(PDType0Font font, String s, float max) throws IOException {
        if (width(font, 9, s) <= max) {
            return s;
        }
        String t = s;
        while (!t.isEmpty() && width(font, 9, t + "…") > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private static float tableWidth() {
        float w = 0;
        for (float c : WIDTH) {
            w += c;
        }
        return w;
    }

    private static float width(PDType0Font font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private PDType0Font font(String name) throws IOException {
        try (InputStream in = RegulatoryReportPdf.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IOException("font " + name + " is missing from the build");
            }
            return PDType0Font.load(doc, in, true);
        }
    }
}
