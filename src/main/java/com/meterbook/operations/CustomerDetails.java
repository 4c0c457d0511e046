package com.meterbook.operations;

import com.meterbook.domain.Customer;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.NumberNormaliser;
import com.meterbook.ledger.CustomerQueries;
import com.meterbook.ledger.CustomerQueries.LatestRecord;
import com.meterbook.ledger.CustomerQueries.UsageTotal;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.MasterDataStore;
import com.meterbook.rating.RateRow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads customers for the customer screen and commands: the list, a search, and one customer's detail. */
public final class CustomerDetails {

    /** One customer with their override rows and their usage in the open cycle. */
    public record Detail(Customer customer, LedgerSettings settings, YearMonth period, List<RateRow> overrides,
                         List<UsageTotal> usage, List<LatestRecord> latest, Set<String> plans) {

        public long records() {
            return usage.stream().mapToLong(UsageTotal::records).sum();
        }

        public BigDecimal charges() {
            return usage.stream().map(UsageTotal::charges).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final Ledger ledger;
    private final Clock clock;

    public CustomerDetails(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public List<Customer> list() {
        return ledger.inTransaction(s -> new MasterDataStore(s).customers());
    }

    /**
     * Customers whose account or name contains {@code text} (any case), or who hold a number that
     * contains it as typed or as normalised: {@code 03-6187} finds {@code 60361872231}.
     */
    public static List<Customer> search(List<Customer> customers, String text, NumberNormaliser normaliser) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return customers;
        }
        String digits = t.replaceAll("[\\s()\\-]", "");
        String normalised = normaliser.normalise(t);
        return customers.stream().filter(c -> c.account().toLowerCase(Locale.ROOT).contains(t)
                || c.name().toLowerCase(Locale.ROOT).contains(t)
                || c.numbers().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(digits)
                        || n.toLowerCase(Locale.ROOT).contains(normalised))).toList();
    }

    public Optional<Detail> detail(String account, int latest) {
        return ledger.inTransaction(session -> {
            MasterDataStore store = new MasterDataStore(session);
            Optional<Customer> customer = store.customer(account);
            if (customer.isEmpty()) {
                return Optional.empty();
            }
            YearMonth period = OpenCycle.next(session, clock);
            List<RateRow> rows = store.rateRows();
            List<RateRow> overrides = rows.stream().filter(r -> r.account().equals(account)).sorted(RateEdits.ROW_ORDER).toList();
            return session.doReturningWork(c -> {
                CustomerQueries q = new CustomerQueries(c);
                return Optional.of(new Detail(customer.get(), RatingContext.settings(session), period, overrides,
                        q.usage(account, period), q.latest(account, period, latest), CustomerRules.plans(rows)));
            });
        });
    }
}
