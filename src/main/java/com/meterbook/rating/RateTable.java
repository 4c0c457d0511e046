package com.meterbook.rating;

import com.meterbook.domain.Customer;
import com.meterbook.domain.UsageKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** All rate rows of the ledger, indexed for the contract's lookup: overrides, then plan; longest prefix; newest version. */
public final class RateTable {

    private final Map<String, Map<String, NavigableMap<LocalDate, RateVersion>>> byOwner = new HashMap<>();
    /** Per owner, only the prefixes with a tier above 0 (a few in a plan): a small set is a cheap miss. */
    private final Map<String, java.util.Set<String>> tieredByOwner = new HashMap<>();
    private final Map<String, PrefixTrie> tries = new HashMap<>();
    private final List<RateRow> rows;
    /** Owner keys by account, so that a million look-ups build no strings. */
    private final Map<CustomerKey, String[]> ownerKeys = new java.util.concurrent.ConcurrentHashMap<>();

    private RateTable(List<RateRow> rows) {
        this.rows = List.copyOf(rows);
        Map<String, Map<String, Map<LocalDate, List<RateRow>>>> grouped = new HashMap<>();
        for (RateRow row : rows) {
            grouped.computeIfAbsent(row.owner(), o -> new HashMap<>())
                    .computeIfAbsent(row.prefix(), p -> new TreeMap<>())
                    .computeIfAbsent(row.effectiveFrom(), d -> new ArrayList<>())
                    .add(row);
            if (row.tierFrom().signum() > 0) {
                tieredByOwner.computeIfAbsent(row.owner(), o -> new java.util.HashSet<>()).add(row.prefix());
            }
        }
        grouped.forEach((owner, prefixes) -> {
            Map<String, NavigableMap<LocalDate, RateVersion>> versions = new HashMap<>();
            prefixes.forEach((prefix, byDate) -> {
                NavigableMap<LocalDate, RateVersion> v = new TreeMap<>();
                byDate.forEach((date, list) -> v.put(date, RateVersion.of(owner, prefix, date, list)));
                versions.put(prefix, v);
            });
            byOwner.put(owner, versions);
            tries.put(owner, new PrefixTrie(versions));
        });
    }

    /** Later rows replace earlier rows of the same identity (plan or account, prefix, band, date, slot, tier). */
    public static RateTable of(Collection<RateRow> rows) {
        Map<String, RateRow> byIdentity = new LinkedHashMap<>();
        rows.forEach(r -> byIdentity.put(r.identity(), r));
        return new RateTable(new ArrayList<>(byIdentity.values()));
    }

    private record CustomerKey(String account, String plan) {
    }

    public static String planOwner(String plan) {
        return "plan:" + plan;
    }

    public static String accountOwner(String account) {
        return "account:" + account;
    }

    public List<RateRow> rows() {
        return rows;
    }

    public Optional<RateSelection> select(Customer customer, UsageKind kind, String target, String band, LocalDate date) {
        return select(customer, kind, target, band, date, RatingTrace.NONE);
    }

    /** As {@link #select(Customer, UsageKind, String, String, LocalDate)}, telling {@code trace} each prefix tried. */
    public Optional<RateSelection> select(Customer customer, UsageKind kind, String target, String band, LocalDate date,
                                          RatingTrace trace) {
        String[] owners = ownerKeys.computeIfAbsent(new CustomerKey(customer.account(), customer.plan()),
                k -> new String[]{accountOwner(k.account()), planOwner(k.plan())});
        PrefixTrie.Node[] candidates = kind.matchesByService() ? null : new PrefixTrie.Node[target.length() + 1];
        for (String owner : owners) {
            if (kind.matchesByService()) {
                Map<String, NavigableMap<LocalDate, RateVersion>> services = byOwner.get(owner);
                Optional<RateSelection> found = services == null ? Optional.empty()
                        : inVersion(services.get(target), owners, owner, target, band, date, trace);
                if (found.isPresent()) {
                    return found;
                }
                continue;
            }
            PrefixTrie trie = tries.get(owner);
            int n = trie == null ? 0 : trie.prefixesOf(target, candidates);
            for (int i = n - 1; i >= 0; i--) {
                PrefixTrie.Node node = candidates[i];
                Optional<RateSelection> found = inVersion(node.versions, owners, owner, node.prefix, band, date, trace);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<RateSelection> inVersion(NavigableMap<LocalDate, RateVersion> versions, String[] owners, String owner,
                                              String prefix, String band, LocalDate date, RatingTrace trace) {
        if (versions == null) {
            return Optional.empty();
        }
        boolean tracing = trace != RatingTrace.NONE;
        Map.Entry<LocalDate, RateVersion> inForce = versions.floorEntry(date);
        if (inForce == null) {
            if (tracing) {
                trace.candidate(RateCandidate.notInForce(owner, prefix, versions.firstKey(), date));
            }
            return Optional.empty();
        }
        List<RateRow> bandRows = inForce.getValue().rowsFor(band);
        if (bandRows == null) {
            if (tracing) {
                trace.candidate(RateCandidate.noRowsForBand(owner, prefix, inForce.getKey(), band));
            }
            return Optional.empty();
        }
        if (tracing) {
            trace.candidate(RateCandidate.matched(owner, prefix, inForce.getKey(), band, bandRows));
        }
        return Optional.of(new RateSelection(prefix, inForce.getValue(), bandRows, tiered(owners[0], prefix) || tiered(owners[1], prefix)));
    }

    /** Whether any row of this prefix that can price the customer has a tier above 0. */
    public boolean isTierSensitive(Customer customer, String prefix) {
        return tiered(accountOwner(customer.account()), prefix) || tiered(planOwner(customer.plan()), prefix);
    }

    private boolean tiered(String owner, String prefix) {
        java.util.Set<String> prefixes = tieredByOwner.get(owner);
        return prefixes != null && prefixes.contains(prefix);
    }

    /** Every version, for validation and display. */
    public List<RateVersion> versions() {
        List<RateVersion> all = new ArrayList<>();
        byOwner.values().forEach(prefixes -> prefixes.values().forEach(v -> all.addAll(v.values())));
        return all;
    }
}
