package com.meterbook.operations;

import com.meterbook.domain.Customer;
import com.meterbook.domain.NumberNormaliser;
import com.meterbook.ledger.ImportLog;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.MasterDataStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Saves an edit of one customer in one transaction with an audit entry, after checking it against the
 * ledger as it is then. The new numbers and plan rate the records that arrive from now on; records
 * already rated keep their charges until the open cycle is re-rated.
 */
public final class CustomerEdits {

    /** An edit that cannot be saved: the first problem, by field. */
    public static final class Rejected extends Exception {
        private final String field;

        public Rejected(String field, String reason) {
            super(field + ": " + reason);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final Ledger ledger;
    private final Clock clock;
    private final String actor;

    public CustomerEdits(Ledger ledger, Clock clock, String actor) {
        this.ledger = ledger;
        this.clock = clock;
        this.actor = actor;
    }

    public NumberNormaliser normaliser() {
        return ledger.inTransaction(RatingContext::settings).normaliser();
    }

    /** Saves the change and returns the customer as stored. */
    public Customer save(CustomerChange change) throws Rejected {
        try {
            return ledger.inTransaction(session -> {
                MasterDataStore store = new MasterDataStore(session);
                NumberNormaliser normaliser = RatingContext.settings(session).normaliser();
                Customer before = store.customer(change.account())
                        .orElseThrow(() -> new Refused(new Rejected("account", "'" + change.account() + "' is not a customer")));
                Map<String, String> problems = CustomerRules.problems(change, normaliser, store.customers(),
                        CustomerRules.plans(store.rateRows()));
                if (!problems.isEmpty()) {
                    var first = problems.entrySet().iterator().next();
                    throw new Refused(new Rejected(first.getKey(), first.getValue()));
                }
                Customer after = CustomerRules.customer(change, normaliser);
                store.upsertCustomers(List.of(after));
                new ImportLog(session).audit(clock.instant(), actor, "customer edit", after.account(), describe(before, after));
                return after;
            });
        } catch (Refused r) {
            throw r.rejection;
        }
    }

    /** What changed, for the audit entry: {@code plan BIZ -> HOME; numbers +60312345678}. */
    static String describe(Customer before, Customer after) {
        List<String> parts = new ArrayList<>();
        change(parts, "name", before.name(), after.name());
        change(parts, "plan", before.plan(), after.plan());
        change(parts, "threshold", before.threshold().map(t -> t.stripTrailingZeros().toPlainString()).orElse("default"),
                after.threshold().map(t -> t.stripTrailingZeros().toPlainString()).orElse("default"));
        change(parts, "entity", before.entity(), after.entity());
        List<String> numbers = new ArrayList<>();
        new TreeSet<>(after.numbers()).stream().filter(n -> !before.numbers().contains(n)).forEach(n -> numbers.add("+" + n));
        new TreeSet<>(before.numbers()).stream().filter(n -> !after.numbers().contains(n)).forEach(n -> numbers.add("-" + n));
        if (!numbers.isEmpty()) {
            parts.add("numbers " + String.join(" ", numbers));
        }
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    private static void change(List<String> parts, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            parts.add(field + " '" + before + "' -> '" + after + "'");
        }
    }

    /** Carries a rejection out of the transaction, so that it rolls back. */
    private static final class Refused extends RuntimeException {
        final Rejected rejection;

        Refused(Rejected rejection) {
            super(rejection.getMessage(), null, false, false);
            this.rejection = rejection;
        }
    }
}
