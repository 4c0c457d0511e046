package com.meterbook.operations;

import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.Periods;
import com.meterbook.ledger.TierStore;
import com.meterbook.ledger.UsagePages;
import com.meterbook.ledger.UsageRow;
import com.meterbook.rating.Assessment;
import com.meterbook.rating.Explanation;
import com.meterbook.rating.RatingEngine;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Explains a stored record: the engine rates it again with today's master data at the counter C its
 * tier entries give (the billed quantity of its customer and prefix before it in its cycle), and
 * reports every step. When rates changed since it was rated, the stored charge differs until the
 * cycle is re-rated, and the explanation says so.
 */
public final class UsageExplain {

    /** The record as stored beside the explanation of how it rates today. */
    public record Explained(UsageRow row, Explanation explanation) {

        /** Whether today's rating gives the stored outcome (charge, or no charge). */
        public boolean matchesStored() {
            if (row.status != UsageRow.Status.RATED) {
                return !explanation.charged();
            }
            Optional<BigDecimal> now = explanation.charge();
            return now.isPresent() && now.get().compareTo(row.charge) == 0;
        }

        public String storedOutcome() {
            return switch (row.status) {
                case RATED -> "stored charge " + row.charge.stripTrailingZeros().toPlainString() + " (" + row.customer + ", "
                        + Periods.of(row.period) + ")";
                case ZERO -> "stored with quantity 0";
                case QUEUED -> "in the exception queue: " + row.reason;
            };
        }
    }

    private final Ledger ledger;

    public UsageExplain(Ledger ledger) {
        this.ledger = ledger;
    }

    public Optional<Explained> byRecordId(String recordId) {
        return explain(c -> new UsagePages(c).byRecordId(recordId));
    }

    public Optional<Explained> byRowId(long rowId) {
        return explain(c -> new UsagePages(c).row(rowId));
    }

    @FunctionalInterface
    private interface Finder {
        Optional<UsageRow> find(Connection c) throws SQLException;
    }

    private Optional<Explained> explain(Finder finder) {
        return ledger.inTransaction(session -> {
            return session.doReturningWork(c -> {
                Optional<UsageRow> found = finder.find(c);
                if (found.isEmpty()) {
                    return Optional.<Explained>empty();
                }
                UsageRow row = found.get();
                // a record charged before its cycle closed is explained as it was rated, not as a late arrival;
                // a queued one (a late record among them) with the engine that queued it
                RatingEngine engine = row.status == UsageRow.Status.QUEUED ? RatingContext.load(session) : RatingContext.describing(session);
                BigDecimal counter = BigDecimal.ZERO;
                if (StoredAssessment.of(engine, row) instanceof Assessment.Billable b && b.selection().tierSensitive()) {
                    counter = new TierStore(c).totalBefore(b.counterKey(), row.start(), row.recordId());
                }
                return Optional.of(new Explained(row, engine.explain(row.record, Periods.of(row.period), counter)));
            });
        });
    }
}
