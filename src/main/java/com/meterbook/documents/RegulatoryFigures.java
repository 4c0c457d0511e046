package com.meterbook.documents;

import com.meterbook.domain.DestinationClass;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The regulatory usage report's figures (operations.RegulatoryReport reads them from the ledger), as
 * the CSV and PDF writers print them. {@code entity} empty means every entity; revenue sums to the
 * cycle's usage charges.
 */
public record RegulatoryFigures(YearMonth period, Optional<String> entity, ZonedDateTime generatedAt, String currency,
                                List<Line> lines, Line total) {
    public RegulatoryFigures {
        lines = List.copyOf(lines);
    }

    public String entityLabel() {
        return entity.orElse("All entities");
    }

    /**
     * One row. Minutes are the records' durations in seconds / 60 ({@code minutes}) and their billed
     * durations / 60 ({@code billedMinutes}, what the rates charged), both to 2 places half-up; empty
     * for services, which carry {@code units} (their summed quantity) instead.
     */
    public record Line(DestinationClass destinationClass, String destination, long records, Optional<BigDecimal> minutes,
                       Optional<BigDecimal> billedMinutes, Optional<BigDecimal> units, BigDecimal revenue) {
    }
}
