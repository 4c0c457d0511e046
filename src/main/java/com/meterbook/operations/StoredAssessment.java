package com.meterbook.operations;

import com.meterbook.ledger.Periods;
import com.meterbook.ledger.UsageRow;
import com.meterbook.rating.Assessment;
import com.meterbook.rating.RatingEngine;

/**
 * Assesses a stored record in the cycle it is billed in. That is the cycle of its start, except for
 * a late record an operator billed in the next open cycle: its stored period says so, and every
 * re-rating of it (tier sweeps, rerate, readings) must keep it there.
 */
final class StoredAssessment {

    private StoredAssessment() {
    }

    static Assessment of(RatingEngine engine, UsageRow row) {
        return engine.assess(row.record, row.period == 0 ? null : Periods.of(row.period));
    }
}
