package com.meterbook.documents;

import com.meterbook.documents.RegulatoryFigures.Line;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The regulatory usage report as CSV: {@code period,entity,class,destination,records,minutes,
 * billed_minutes,units,revenue}, one row per class / country / service and a last row of class
 * {@code TOTAL}. Amounts are plain numbers (no currency symbol, no grouping) so spreadsheets add them.
 */
public final class RegulatoryReportCsv {

    public static final List<String> HEADER = List.of("period", "entity", "class", "destination", "records", "minutes",
            "billed_minutes", "units", "revenue");

    private RegulatoryReportCsv() {
    }

    public static void write(RegulatoryFigures report, Path out, boolean bom) {
        CsvExports.write(out, bom, HEADER, csv -> {
            for (Line l : report.lines()) {
                row(csv, report, l.destinationClass().name(), l);
            }
            row(csv, report, "TOTAL", report.total());
        });
    }

    private static void row(CsvExports.Rows csv, RegulatoryFigures report, String kind, Line l) throws java.io.IOException {
        csv.printRecord(report.period().toString(), report.entityLabel(), kind, l.destination(), Long.toString(l.records()),
                text(l.minutes()), text(l.billedMinutes()), text(l.units()), l.revenue().toPlainString());
    }

    private static String text(Optional<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).orElse("");
    }
}
