package com.meterbook.operations;

import com.meterbook.domain.Customer;
import com.meterbook.domain.UsageKind;
import com.meterbook.ledger.CycleStore;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.MasterDataStore;
import com.meterbook.ledger.Periods;
import com.meterbook.ledger.TierStore;
import com.meterbook.ledger.UsagePages;
import com.meterbook.ledger.UsageRow;
import com.meterbook.rating.Assessment;
import com.meterbook.rating.Price;
import com.meterbook.rating.RatingEngine;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's rated records of one cycle, a page at a time in cycle order, with the destination
 * and the rate at position 0 as the engine finds them today (the stored charge is shown as stored).
 */
public final class UsageBrowser {

    /** One rated record as the usage list shows it. */
    public record Line(long rowId, String recordId, UsageKind kind, LocalDateTime start, String caller, String callee,
                       String destination, String band, BigDecimal quantity, BigDecimal billed, String rate, BigDecimal charge) {
    }

    /** A page and where the next one starts, if there is one. */
    public record Page(List<Line> lines, Optional<UsagePages.Key> next) {
    }

    private final Ledger ledger;

    public UsageBrowser(Ledger ledger) {
        this.ledger = ledger;
    }

    public List<Customer> customers() {
        return ledger.inTransaction(session -> new MasterDataStore(session).customers());
    }

    /** Cycles that hold records, newest first. */
    public List<YearMonth> periods() {
        return ledger.inTransaction(session -> new CycleStore(session).periodsWithRecords().stream()
                .sorted(java.util.Comparator.reverseOrder()).toList());
    }

    public UsagePages.Totals totals(String account, YearMonth period) {
        return ledger.inTransaction(session -> session.doReturningWork(c -> new UsagePages(c).totals(account, Periods.toInt(period))));
    }

    public Page page(String account, YearMonth period, Optional<UsagePages.Key> after, int limit) {
        return ledger.inTransaction(session -> page(RatingContext.describing(session), session, account, period, after, limit));
    }

    /**
     * Every rated record of a customer's cycle, in cycle order, handed to {@code sink} a page at a time
     * (keyset paging, each page its own short read): only one page is ever held, however many records
     * the cycle has. The rates are read once, at the start. Returns the number of records.
     */
    public long each(String account, YearMonth period, int pageSize, java.util.function.Consumer<Line> sink) {
        RatingEngine engine = ledger.inTransaction(RatingContext::describing);
        long n = 0;
        Optional<UsagePages.Key> after = Optional.empty();
        do {
            Optional<UsagePages.Key> from = after;
            Page p = ledger.inTransaction(session -> page(engine, session, account, period, from, pageSize));
            p.lines().forEach(sink);
            n += p.lines().size();
            after = p.next();
        } while (after.isPresent());
        return n;
    }

    private static Page page(RatingEngine engine, org.hibernate.Session session, String account, YearMonth period,
                             Optional<UsagePages.Key> after, int limit) {
        return session.doReturningWork(c -> {
            List<UsageRow> rows = new UsagePages(c).page(account, Periods.toInt(period), after, limit + 1);
            boolean more = rows.size() > limit;
            List<UsageRow> shown = more ? rows.subList(0, limit) : rows;
            TierStore tiers = new TierStore(c);
            Map<String, BigDecimal> counters = new HashMap<>();
            List<Line> lines = new ArrayList<>(shown.size());
            for (UsageRow row : shown) {
                lines.add(line(engine, tiers, counters, row));
            }
            Optional<UsagePages.Key> next = more ? Optional.of(new UsagePages.Key(shown.getLast().start(), shown.getLast().recordId()))
                    : Optional.empty();
            return new Page(lines, next);
        });
    }

    /** The page's rows come in cycle order, so each counter is read once and then carried along the page. */
    private static Line line(RatingEngine engine, TierStore tiers, Map<String, BigDecimal> counters, UsageRow row)
            throws java.sql.SQLException {
        LocalDateTime local = LocalDateTime.ofInstant(row.start(), engine.settings().zone());
        String destination = "";
        String rate = "";
        if (StoredAssessment.of(engine, row) instanceof Assessment.Billable b) {
            BigDecimal c = BigDecimal.ZERO;
            if (b.selection().tierSensitive()) {
                c = counters.get(b.counterKey());
                if (c == null) {
                    c = tiers.totalBefore(b.counterKey(), row.start(), row.recordId());
                }
                counters.put(b.counterKey(), c.add(UsageRow.Status.RATED == row.status ? row.billedQuantity : BigDecimal.ZERO));
            }
            Price price = engine.price(b, row.record.quantity(), c);
            destination = b.selection().destination();
            rate = plain(price.startRow().rate()) + "/" + plain(price.startRow().per());
        }
        return new Line(row.rowId, row.recordId(), row.kind(), local, row.record.caller(), row.record.target(), destination,
                row.band == null ? "" : row.band, row.record.quantity(), row.billedQuantity, rate, engine.settings().atScale(row.charge));
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
