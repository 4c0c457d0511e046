package com.meterbook.ui.reports;

import com.meterbook.documents.RegulatoryFigures;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.Money;
import com.meterbook.operations.RegulatoryReport;

import java.math.BigDecimal;

/** One row of the regulatory table as shown: minutes are empty for services, units empty for calls. */
public record ReportRow(String destinationClass, String destination, long records, BigDecimal minutes, BigDecimal billedMinutes,
                        BigDecimal units, Money revenue) {

    static ReportRow of(RegulatoryFigures.Line l, LedgerSettings settings) {
        return new ReportRow(l.destinationClass() == null ? "Total" : l.destinationClass().label(), l.destination(), l.records(),
                l.minutes().orElse(null), l.billedMinutes().orElse(null), l.units().orElse(null), settings.money(l.revenue()));
    }
}
