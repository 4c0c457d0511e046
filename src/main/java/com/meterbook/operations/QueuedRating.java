package com.meterbook.operations;

import com.meterbook.domain.ExceptionReason;
import com.meterbook.ledger.Periods;
import com.meterbook.ledger.TierStore;
import com.meterbook.ledger.UsageRow;
import com.meterbook.ledger.UsageStore;
import com.meterbook.rating.Assessment;
import com.meterbook.rating.Price;
import com.meterbook.rating.RatingEngine;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rates queued records again, the way the import rates a record it reads: the engine's assessment,
 * a price alone or, for tier-sensitive records, a place in their counter through {@link TierSweep},
 * which re-prices the counted records that follow. A queued record has no tier entry, so it enters
 * its counter as a new arrival (and like one, is checked against max-charge).
 */
final class QueuedRating {

    /** What became of a record: rated (or zero), or still queued with a reason. */
    record Outcome(UsageRow row, String reason, String detail) {
        boolean billed() {
            return row.status != UsageRow.Status.QUEUED;
        }

        String describe() {
            return switch (row.status) {
                case RATED -> "rated " + row.charge.stripTrailingZeros().toPlainString() + " for " + row.customer + " in " + Periods.of(row.period);
                case ZERO -> "stored with quantity 0 for " + row.customer;
                case QUEUED -> "still " + reason + ": " + detail;
            };
        }
    }

    private QueuedRating() {
    }

    /** Rates the rows (each at its stored period), writes their outcomes and those of re-priced followers. */
    static Map<Long, Outcome> rate(Connection connection, RatingEngine engine, List<UsageRow> rows) throws SQLException {
        UsageStore usage = new UsageStore(connection);
        Map<UsageRow, String> details = new HashMap<>();
        Map<String, List<TierSweep.Item>> groups = new LinkedHashMap<>();
        Map<String, Integer> periods = new HashMap<>();
        for (UsageRow row : rows) {
            Assessment a = StoredAssessment.of(engine, row);
            row.period = Periods.toInt(a.period());
            switch (a) {
                case Assessment.Zero z -> row.zero(z.account());
                case Assessment.Queued q -> {
                    row.queued(q.account(), q.reason().name(), null, null);
                    details.put(row, q.detail());
                }
                case Assessment.Billable b when b.selection().tierSensitive() -> {
                    groups.computeIfAbsent(b.counterKey(), k -> new ArrayList<>()).add(new TierSweep.Item(row, b, false, false));
                    periods.put(b.counterKey(), row.period);
                }
                case Assessment.Billable b -> {
                    Price price = engine.price(b, row.record.quantity(), BigDecimal.ZERO);
                    Optional<String> overMax = engine.overMaxCharge(price);
                    if (overMax.isPresent()) {
                        outOfPolicy(row, b, overMax.get(), details);
                    } else {
                        rated(row, b, price);
                    }
                }
            }
        }
        List<UsageRow> changed = new TierSweep(engine, new TierStore(connection), usage).sweepAll(groups, periods, new TierSweep.OutcomeSink() {
            @Override
            public void rated(UsageRow row, Assessment.Billable billable, Price price) {
                QueuedRating.rated(row, billable, price);
            }

            @Override
            public void outOfPolicy(UsageRow row, Assessment.Billable billable, String detail) {
                QueuedRating.outOfPolicy(row, billable, detail, details);
            }
        }, Map.of(), new HashMap<>());
        List<UsageRow> written = new ArrayList<>(rows);
        written.addAll(changed);
        usage.updateOutcome(written);
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        rows.forEach(r -> outcomes.put(r.rowId, new Outcome(r, r.reason, details.get(r))));
        return outcomes;
    }

    private static void rated(UsageRow row, Assessment.Billable b, Price price) {
        row.rated(b.customer().account(), b.selection().prefix(), b.band(), price.billedQuantity(), price.charge());
    }

    private static void outOfPolicy(UsageRow row, Assessment.Billable b, String detail, Map<UsageRow, String> details) {
        row.queued(b.customer().account(), ExceptionReason.OUT_OF_POLICY.name(), b.selection().prefix(), b.band());
        details.put(row, detail);
    }
}
