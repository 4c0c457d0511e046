package com.meterbook.documents;

import com.meterbook.domain.DestinationClass;
import com.meterbook.documents.RegulatoryFigures.Line;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A long report runs over pages, each numbered "Page X of Y", the totals row on the last only. */
class RegulatoryReportPdfTest {

    @TempDir
    Path dir;

    @Test
    void aLongReportIsPaginatedWithTheTotalOnTheLastPage() throws Exception {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            lines.add(new Line(DestinationClass.INTERNATIONAL, "Country " + i, i, Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.TWO),
                    Optional.empty(), new BigDecimal("1234.50")));
        }
        Line total = new Line(null, "Total", 4950, Optional.of(new BigDecimal("100.00")), Optional.of(new BigDecimal("200.00")),
                Optional.empty(), new BigDecimal("123450.00"));
        RegulatoryFigures report = new RegulatoryFigures(YearMonth.of(2026, 1), Optional.of("MAIN"),
                ZonedDateTime.of(2026, 2, 1, 9, 30, 0, 0, ZoneId.of("Asia/Kuala_Lumpur")), "MYR", lines, total);
        Path out = dir.resolve("long.pdf");

        RegulatoryReportPdf.write(report, out);

        try (var pdf = Loader.loadPDF(out.toFile())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isEqualTo(3);
            PDFTextStripper strip = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                strip.setStartPage(p);
                strip.setEndPage(p);
                String text = strip.getText(pdf);
                assertThat(text).contains("Page " + p + " of 3", "Generated 2026-02-01 09:30 Asia/Kuala_Lumpur", "Revenue");
                assertThat(text.contains("Total 4,950")).as("total on page " + p).isEqualTo(p == pages);
            }
            strip.setStartPage(1);
            strip.setEndPage(pages);
            String all = strip.getText(pdf);
            for (int i = 0; i < 100; i++) {
                assertThat(all).contains("Country " + i + " " + i + " ");
            }
            assertThat(all).contains("1,234.50", "123,450.00");
        }
    }
}
