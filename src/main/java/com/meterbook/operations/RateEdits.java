package com.meterbook.operations;

import com.meterbook.ledger.ImportLog;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.MasterDataStore;
import com.meterbook.rating.RateRow;
import com.meterbook.rating.RateTable;
import com.meterbook.rating.RateVersion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Edits of one owner's rate rows (a plan's, or one customer's overrides): the checks that span rows,
 * new versions, and saving the owner's rows whole in one audited transaction. Records already rated
 * keep their charges until the open cycle is re-rated.
 */
public final class RateEdits {

    /** The order rows are shown and exported in: owner, prefix, date, band, slot, tier. */
    public static final Comparator<RateRow> ROW_ORDER = Comparator.comparing(RateRow::owner).thenComparing(RateRow::prefix)
            .thenComparing(RateRow::effectiveFrom).thenComparing(RateRow::band).thenComparing(RateRow::slotFrom)
            .thenComparing(RateRow::tierFrom);

    /** Rows that cannot be saved. */
    public static final class Rejected extends Exception {
        public Rejected(String reason) {
            super(reason);
        }
    }

    /** The rows a new version copies, and the prefixes that already have a version on its date. */
    public record NewVersion(List<RateRow> rows, List<String> skipped) {
    }

    private final Ledger ledger;
    private final Clock clock;
    private final String actor;

    public RateEdits(Ledger ledger, Clock clock, String actor) {
        this.ledger = ledger;
        this.clock = clock;
        this.actor = actor;
    }

    /**
     * Problems that span rows, by row index: two rows of one identity, a version whose band lacks a
     * row at slot 0 and tier 0, a band that is neither {@code *} nor in the band table.
     */
    public static Map<Integer, String> problems(List<RateRow> rows, Set<String> bands) {
        Map<Integer, String> problems = new TreeMap<>();
        Map<String, Integer> firstOfIdentity = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RateRow r = rows.get(i);
            Integer first = firstOfIdentity.putIfAbsent(r.identity(), i);
            if (first != null) {
                problems.putIfAbsent(i, "same prefix, band, effective_from, slot_from and tier_from as row " + (first + 1));
            }
            if (!RateRow.ANY_BAND.equals(r.band()) && !bands.contains(r.band())) {
                problems.putIfAbsent(i, "band '" + r.band() + "' is not in the band table (or *)");
            }
        }
        for (RateVersion v : RateTable.of(rows).versions()) {
            for (String band : v.bandsWithoutStartRow()) {
                String reason = "version of prefix '" + v.prefix() + "' effective " + v.effectiveFrom()
                        + " has no row at slot 0 and tier 0 for band " + band;
                for (int i = 0; i < rows.size(); i++) {
                    RateRow r = rows.get(i);
                    if (r.owner().equals(v.owner()) && r.prefix().equals(v.prefix()) && r.effectiveFrom().equals(v.effectiveFrom())
                            && r.band().equals(band)) {
                        problems.putIfAbsent(i, reason);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * A new version of every prefix from {@code from}: the rows of the version in force that day,
     * with the new date. Prefixes that already have a version on that day, or none in force, are skipped.
     */
    public static NewVersion newVersion(List<RateRow> rows, LocalDate from) {
        Map<String, TreeMap<LocalDate, List<RateRow>>> byPrefix = new TreeMap<>();
        for (RateRow r : rows) {
            byPrefix.computeIfAbsent(r.owner() + "|" + r.prefix(), p -> new TreeMap<>())
                    .computeIfAbsent(r.effectiveFrom(), d -> new ArrayList<>()).add(r);
        }
        List<RateRow> copies = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        byPrefix.forEach((key, versions) -> {
            var inForce = versions.floorEntry(from);
            if (inForce == null || inForce.getKey().equals(from)) {
                skipped.add(key.substring(key.indexOf('|') + 1));
                return;
            }
            inForce.getValue().forEach(r -> copies.add(new RateRow(r.plan(), r.account(), r.prefix(), r.destination(), r.band(), from,
                    r.connectFee(), r.rate(), r.per(), r.increment(), r.slotFrom(), r.tierFrom(), r.minCharge())));
        });
        copies.sort(ROW_ORDER);
        return new NewVersion(copies, skipped);
    }

    /** Every owner with rows: {@code plan:P} and {@code account:A} keys, plans first. */
    public static Set<String> owners(List<RateRow> rows) {
        Set<String> owners = new TreeSet<>(Comparator.comparing((String o) -> o.startsWith("account:")).thenComparing(o -> o));
        rows.forEach(r -> owners.add(r.owner()));
        return owners;
    }

    public List<RateRow> rows() {
        return ledger.inTransaction(s -> new MasterDataStore(s).rateRows().stream().sorted(ROW_ORDER).toList());
    }

    /** Replaces the owner's rows with {@code rows}, after the checks above against the ledger's band table. */
    public void replace(String owner, List<RateRow> rows) throws Rejected {
        try {
            ledger.run(session -> {
                MasterDataStore store = new MasterDataStore(session);
                for (RateRow r : rows) {
                    if (!r.owner().equals(owner)) {
                        throw new Refused("row " + r.identity() + " does not belong to " + owner);
                    }
                }
                Map<Integer, String> problems = problems(rows, CalendarEdits.bandNames(store));
                if (!problems.isEmpty()) {
                    var first = problems.entrySet().iterator().next();
                    throw new Refused("row " + (first.getKey() + 1) + ": " + first.getValue());
                }
                long before = store.rateRows().stream().filter(r -> r.owner().equals(owner)).count();
                store.replaceRateRows(owner, rows);
                new ImportLog(session).audit(clock.instant(), actor, "rates edit", owner, rows.size() + " rows (were " + before + ")");
            });
        } catch (Refused r) {
            throw new Rejected(r.getMessage());
        }
    }

    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}
