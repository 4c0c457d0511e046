package com.meterbook.operations;

import com.meterbook.documents.StatementLine;
import com.meterbook.domain.UsageKind;
import com.meterbook.ledger.StatementRows;
import com.meterbook.ledger.TierStore;
import com.meterbook.ledger.UsageRow;
import com.meterbook.rating.Assessment;
import com.meterbook.rating.Price;
import com.meterbook.rating.RatingEngine;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A customer's rated records of a cycle as statement lines, in statement order, read a page at a time
 * by keyset on the caller's connection (inside its transaction). Destination and rate are the ones
 * the engine finds for the record today at its counter position, as the usage browser shows them; the
 * charge is the stored one.
 */
final class StatementLines implements Iterator<StatementLine> {

    static final int PAGE = 2_000;

    /** The next page of rows after the last one read (empty before the first). */
    @FunctionalInterface
    interface Pages {
        List<UsageRow> after(Optional<UsageRow> last, int limit) throws SQLException;
    }

    private final Pages pages;
    private final TierStore tiers;
    private final RatingEngine engine;
    private List<UsageRow> page = List.of();
    private int index;
    private boolean last;
    private Optional<UsageRow> lastRow = Optional.empty();

    /** Read by keyset, a pass over the cycle per page. */
    StatementLines(Connection connection, RatingEngine engine, String account, int period) {
        this(connection, engine, (after, limit) -> new StatementRows(connection)
                .page(account, period, after.map(StatementRows::keyOf), limit));
    }

    StatementLines(Connection connection, RatingEngine engine, Pages pages) {
        this.pages = pages;
        this.tiers = new TierStore(connection);
        this.engine = engine;
    }

    /** Read by primary key from row ids already in statement order (a whole cycle's export). */
    static Pages byRowIds(Connection connection, long[] ids) {
        int[] next = {0};
        return (after, limit) -> {
            int from = next[0];
            int to = Math.min(ids.length, from + limit);
            next[0] = to;
            java.util.Map<Long, Integer> order = new java.util.HashMap<>();
            List<Long> part = new java.util.ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                order.put(ids[i], i);
                part.add(ids[i]);
            }
            List<UsageRow> rows = new java.util.ArrayList<>(new com.meterbook.ledger.UsageStore(connection).load(part));
            rows.sort(java.util.Comparator.comparingInt(r -> order.get(r.rowId)));
            return rows;
        };
    }

    @Override
    public boolean hasNext() {
        if (index < page.size()) {
            return true;
        }
        if (last) {
            return false;
        }
        try {
            page = pages.after(lastRow, PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the statement's records: " + e.getMessage(), e);
        }
        index = 0;
        last = page.size() < PAGE;
        lastRow = page.isEmpty() ? lastRow : Optional.of(page.getLast());
        return !page.isEmpty();
    }

    @Override
    public StatementLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        UsageRow row = page.get(index++);
        try {
            return line(row);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a tier counter: " + e.getMessage(), e);
        }
    }

    private StatementLine line(UsageRow row) throws SQLException {
        LocalDateTime local = LocalDateTime.ofInstant(row.start(), engine.settings().zone());
        String destination = "";
        String rate = "";
        boolean call = row.kind() == UsageKind.CALL;
        if (StoredAssessment.of(engine, row) instanceof Assessment.Billable b) {
            BigDecimal counter = b.selection().tierSensitive() ? tiers.totalBefore(b.counterKey(), row.start(), row.recordId()) : BigDecimal.ZERO;
            Price price = engine.price(b, row.record.quantity(), counter);
            destination = b.selection().destination();
            rate = rate(price.startRow().rate(), price.startRow().per(), call);
        }
        return new StatementLine(row.record.caller(), local, destination, row.record.target(), row.band == null ? "" : row.band, call,
                row.record.quantity(), rate, engine.settings().atScale(row.charge));
    }

    /** A call's per-minute price as {@code 0.12/min}; any other as rate/per. */
    static String rate(BigDecimal rate, BigDecimal per, boolean call) {
        if (call && per.compareTo(BigDecimal.valueOf(60)) == 0) {
            return plain(rate) + "/min";
        }
        return plain(rate) + "/" + plain(per) + (call ? "s" : "");
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
