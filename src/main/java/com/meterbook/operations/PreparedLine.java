package com.meterbook.operations;

import com.meterbook.ingest.ParsedLine;
import com.meterbook.ledger.UsageRow;
import com.meterbook.rating.Assessment;
import com.meterbook.rating.Price;
import com.meterbook.rating.RatingEngine;

/**
 * A line as the reading thread leaves it for the writing thread: parsed, and where rating needs no
 * ledger state, already assessed and priced. Readings (whose quantity depends on stored readings)
 * and tier-sensitive records (whose price depends on the counter) are finished by the writer.
 */
record PreparedLine(ParsedLine line, UsageRow row, Assessment assessment, Price price) {

    static PreparedLine prepare(ParsedLine line, RatingEngine engine) {
        if (!(line instanceof ParsedLine.Parsed parsed)) {
            return new PreparedLine(line, null, null, null);
        }
        UsageRow row = new UsageRow(parsed.record(), parsed.record().fingerprint());
        row.line = parsed.line();
        if (parsed.record().kind() == com.meterbook.domain.UsageKind.READING) {
            return new PreparedLine(line, row, null, null);
        }
        Assessment a = engine.assess(parsed.record());
        Price price = null;
        if (a instanceof Assessment.Billable b && !b.selection().tierSensitive()) {
            price = engine.price(b, parsed.record().quantity(), java.math.BigDecimal.ZERO);
        }
        return new PreparedLine(line, row, a, price);
    }
}
