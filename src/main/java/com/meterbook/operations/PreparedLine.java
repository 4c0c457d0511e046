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
record PreparedLine(ParsedLine line, UsageRow row, Assessment assessment, PricedAlone priced) {

    /** The outcome of a record whose price needs no counter: only what the writer stores. */
    record PricedAlone(java.math.BigDecimal billedQuantity, java.math.BigDecimal charge) {
    }


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
        PricedAlone priced = null;
        if (a instanceof Assessment.Billable b && !b.selection().tierSensitive()) {
            Price price = engine.price(b, parsed.record().quantity(), java.math.BigDecimal.ZERO);
            priced = new PricedAlone(price.billedQuantity(), price.charge());
        }
        return new PreparedLine(line, row, a, priced);
    }
}
