package com.meterbook.operations;

import com.meterbook.domain.UsageRecord;
import com.meterbook.ledger.TierStore;
import com.meterbook.ledger.UsageRow;
import com.meterbook.ledger.UsageStore;
import com.meterbook.rating.Assessment;
import com.meterbook.rating.Price;
import com.meterbook.rating.RatingEngine;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prices the tier-sensitive records of one counter (customer, cycle, prefix) in cycle order. Records
 * that arrive after everything already counted are priced from the stored running total; a record
 * that lands before counted ones re-prices those that follow it, and only those.
 */
final class TierSweep {

    /**
     * A record to price in this counter; {@code stored} when it is already in the ledger (and passed
     * in because its quantity or meaning changed), {@code leaving} when it no longer counts here.
     */
    record Item(UsageRow row, Assessment.Billable billable, boolean stored, boolean leaving) {
        static Item leaving(UsageRow row) {
            return new Item(row, null, true, true);
        }
    }

    private static final Comparator<UsageRow> POSITION = (a, b) ->
            UsageRecord.compareByPosition(a.start(), a.recordId(), b.start(), b.recordId());

    private final RatingEngine engine;
    private final TierStore tiers;
    private final UsageStore usage;

    TierSweep(RatingEngine engine, TierStore tiers, UsageStore usage) {
        this.engine = engine;
        this.tiers = tiers;
        this.usage = usage;
    }

    /**
     * Prices every counter's items (new ones get their outcome set) and stores the counters' new
     * entries and totals in a few batches.
     *
     * @param known  counters as last written by this caller (read only; others are read from the ledger)
     * @param totals receives the new total of every counter swept
     * @return stored rows whose outcome changed and must be written
     */
    List<UsageRow> sweepAll(Map<String, List<Item>> groups, Map<String, Integer> periods, OutcomeSink sink,
                            Map<String, TierStore.Counter> known, Map<String, TierStore.Counter> totals) throws SQLException {
        Map<String, TierStore.Counter> counters = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String key : groups.keySet()) {
            TierStore.Counter c = known.get(key);
            if (c != null) {
                counters.put(key, c);
            } else {
                unknown.add(key);
            }
        }
        counters.putAll(tiers.counters(unknown));
        List<TierStore.Entry> entries = new ArrayList<>();
        List<TierStore.Entry> restated = new ArrayList<>();
        List<UsageRow> changed = new ArrayList<>();
        List<TierStore.Entry> leaving = new ArrayList<>();
        for (Map.Entry<String, List<Item>> group : groups.entrySet()) {
            TierStore.Counter swept = sweep(group.getKey(), periods.get(group.getKey()), group.getValue(),
                    Optional.ofNullable(counters.get(group.getKey())), sink, entries, restated, changed, leaving);
            totals.put(swept.key(), swept);
        }
        tiers.delete(leaving);
        tiers.insert(entries);
        tiers.save(restated);
        return changed;
    }

    private TierStore.Counter sweep(String key, int period, List<Item> items, Optional<TierStore.Counter> counter, OutcomeSink sink,
                                    List<TierStore.Entry> entries, List<TierStore.Entry> restated, List<UsageRow> changed,
                                    List<TierStore.Entry> leaving)
            throws SQLException {
        items.sort(Comparator.comparing(Item::row, POSITION));
        UsageRow first = items.getFirst().row();
        // strictly after the counter's last start: at an equal instant the record ids decide, so look back
        boolean appends = items.stream().noneMatch(Item::stored)
                && counter.map(c -> first.start().isAfter(c.lastStart())).orElse(true);
        List<Item> walk = appends ? items : withFollowers(key, items);
        Set<UsageRow> handedIn = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        items.forEach(i -> handedIn.add(i.row()));
        BigDecimal c = appends ? counter.map(TierStore.Counter::total).orElse(BigDecimal.ZERO)
                : tiers.totalBefore(key, first.start(), first.recordId());
        UsageRow last = walk.getLast().row();
        for (Item item : walk) {
            UsageRow row = item.row();
            if (item.leaving()) {
                leaving.add(new TierStore.Entry(key, period, row.start(), row.recordId(), row.rowId, BigDecimal.ZERO));
                continue;
            }
            if (item.billable() == null) {
                c = c.add(UsageStore.nz(row.billedQuantity));
                continue;
            }
            Price price = engine.price(item.billable(), row.record.quantity(), c);
            Optional<String> overMax = item.stored() ? Optional.empty() : engine.overMaxCharge(price);
            if (overMax.isPresent()) {
                sink.outOfPolicy(row, item.billable(), overMax.get());
                continue;
            }
            // a stored record handed in changed (its quantity moved), so it is written whatever its price
            boolean same = item.stored() && !handedIn.contains(row) && row.status == UsageRow.Status.RATED
                    && row.charge != null && row.charge.compareTo(price.charge()) == 0
                    && row.billedQuantity != null && row.billedQuantity.compareTo(price.billedQuantity()) == 0;
            sink.rated(row, item.billable(), price);
            if (item.stored() && !same) {
                changed.add(row);
            }
            (item.stored() ? restated : entries).add(new TierStore.Entry(key, period, row.start(), row.recordId(), row.rowId, price.billedQuantity()));
            c = c.add(price.billedQuantity());
        }
        Instant lastStart = counter.map(TierStore.Counter::lastStart).filter(l -> l.isAfter(last.start())).orElse(last.start());
        // either way the walk ended at the counter's last record, so c is its new total
        return new TierStore.Counter(key, c, lastStart);
    }

    /** The items merged with every stored record that follows the earliest of them. */
    private List<Item> withFollowers(String key, List<Item> items) throws SQLException {
        UsageRow first = items.getFirst().row();
        Map<Long, Item> byRow = new HashMap<>();
        items.stream().filter(Item::stored).forEach(i -> byRow.put(i.row().rowId, i));
        List<TierStore.Entry> followers = tiers.entriesFrom(key, first.start(), first.recordId());
        List<Long> toLoad = followers.stream().map(TierStore.Entry::rowId).filter(id -> !byRow.containsKey(id)).toList();
        List<Item> walk = new ArrayList<>(items);
        for (UsageRow row : usage.load(toLoad)) {
            Assessment a = StoredAssessment.of(engine, row);
            boolean sameCounter = a instanceof Assessment.Billable b && b.counterKey().equals(key);
            walk.add(new Item(row, sameCounter ? (Assessment.Billable) a : null, true, false));
        }
        walk.sort(Comparator.comparing(Item::row, POSITION));
        return walk;
    }

    /** Receives each priced record's outcome. */
    interface OutcomeSink {
        void rated(UsageRow row, Assessment.Billable billable, Price price);

        void outOfPolicy(UsageRow row, Assessment.Billable billable, String detail);
    }
}
