package com.meterbook.rating;

import com.meterbook.domain.Customer;
import com.meterbook.domain.ExceptionReason;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.UsageKind;
import com.meterbook.domain.UsageRecord;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Rates one record by the contract: customer, band, rows, then (given the counter) the price. The
 * order of checks gives the first exception in the contract's precedence: LATE_RECORD,
 * UNKNOWN_ACCOUNT, NO_RATE, OUT_OF_POLICY.
 */
public final class RatingEngine {

    private final LedgerSettings settings;
    private final CustomerDirectory customers;
    private final RateTable rates;
    private final BandCalendar calendar;
    private final Predicate<YearMonth> closedCycle;

    public RatingEngine(LedgerSettings settings, CustomerDirectory customers, RateTable rates, BandCalendar calendar,
                        Predicate<YearMonth> closedCycle) {
        this.settings = settings;
        this.customers = customers;
        this.rates = rates;
        this.calendar = calendar;
        this.closedCycle = closedCycle;
    }

    public LedgerSettings settings() {
        return settings;
    }

    public CustomerDirectory customers() {
        return customers;
    }

    public RateTable rates() {
        return rates;
    }

    public Assessment assess(UsageRecord record) {
        return assess(record, null, RatingTrace.NONE);
    }

    /**
     * Assesses a record billed in {@code billedIn} rather than in the cycle of its start (a late record
     * an operator moved to the next open cycle); null means the cycle of its start. Band, rates and
     * their versions still follow the record's own start.
     */
    public Assessment assess(UsageRecord record, YearMonth billedIn) {
        return assess(record, billedIn, RatingTrace.NONE);
    }

    /**
     * The steps that {@link #assess} and {@link #price} take for a record, as they take them: the
     * customer, the band, every prefix tried, and at counter C the price's steps and rounding.
     */
    public Explanation explain(UsageRecord record, YearMonth billedIn, BigDecimal counter) {
        List<RateCandidate> candidates = new ArrayList<>();
        Assessment a = assess(record, billedIn, candidates::add);
        Optional<Customer> customer = customerOf(record);
        Price priced = null;
        Optional<String> overMax = Optional.empty();
        if (a instanceof Assessment.Billable b) {
            priced = price(b, record.quantity(), b.selection().tierSensitive() ? counter : BigDecimal.ZERO);
            overMax = overMaxCharge(priced);
        }
        LocalDateTime local = a.localStart();
        return new Explanation(record, local, a.period(), customerStep(record, customer), customer, calendar.bandAt(local),
                calendar.reasonAt(local), candidates, a, Optional.ofNullable(priced), overMax, settings);
    }

    private Assessment assess(UsageRecord record, YearMonth billedIn, RatingTrace trace) {
        LocalDateTime local = LocalDateTime.ofInstant(record.start(), settings.zone());
        YearMonth period = billedIn != null ? billedIn : YearMonth.from(local);
        Optional<Customer> customer = customerOf(record);
        String account = customer.map(Customer::account).orElse("");
        if (record.quantity().signum() == 0) {
            return new Assessment.Zero(period, local, account);
        }
        if (closedCycle.test(period)) {
            return new Assessment.Queued(period, local, account, ExceptionReason.LATE_RECORD,
                    "cycle " + period + " is closed");
        }
        if (customer.isEmpty()) {
            return new Assessment.Queued(period, local, "", ExceptionReason.UNKNOWN_ACCOUNT, unknownDetail(record));
        }
        String band = calendar.bandAt(local).orElse(null);
        Optional<RateSelection> selection = rates.select(customer.get(), record.kind(), record.target(), band, local.toLocalDate(), trace);
        if (selection.isEmpty()) {
            return new Assessment.Queued(period, local, account, ExceptionReason.NO_RATE,
                    "no rate for " + describeTarget(record) + " in plan " + customer.get().plan()
                            + (band == null ? "" : " band " + band) + " on " + local.toLocalDate());
        }
        if (record.kind() == UsageKind.CALL && record.quantity().compareTo(BigDecimal.valueOf(settings.maxDurationSeconds())) > 0) {
            return new Assessment.Queued(period, local, account, ExceptionReason.OUT_OF_POLICY,
                    "duration " + record.quantity().toPlainString() + " s is over max-duration " + settings.maxDurationSeconds() + " s");
        }
        return new Assessment.Billable(period, local, customer.get(), band, selection.get());
    }

    /** Prices a billable record at counter C; empty when the charge is over max-charge. */
    public Price price(Assessment.Billable billable, BigDecimal quantity, BigDecimal counter) {
        return StepPricer.price(billable.selection().rows(), counter, quantity, settings);
    }

    /** The OUT_OF_POLICY detail when a rounded charge is dearer than max-charge, else empty. */
    public Optional<String> overMaxCharge(Price price) {
        return overMaxCharge(price.charge());
    }

    public Optional<String> overMaxCharge(BigDecimal charge) {
        return settings.maxCharge()
                .filter(max -> charge.compareTo(max) > 0)
                .map(max -> "charge " + charge.toPlainString() + " is over max-charge " + max.toPlainString());
    }

    private Optional<Customer> customerOf(UsageRecord record) {
        if (!record.account().isEmpty()) {
            return customers.byAccount(record.account());
        }
        if (!record.caller().isEmpty()) {
            return customers.byNumber(record.caller());
        }
        return Optional.empty();
    }

    private static String customerStep(UsageRecord record, Optional<Customer> customer) {
        String who = customer.map(c -> c.account() + " (" + c.name() + ", plan " + c.plan() + ")").orElse(null);
        if (!record.account().isEmpty()) {
            return "account " + record.account() + " is given on the record: " + (who != null ? "customer " + who : "no such customer");
        }
        if (!record.caller().isEmpty()) {
            String number = (record.kind() == UsageKind.READING ? "meter " : "caller ") + record.caller();
            return "no account on the record; " + number + (who != null ? " is held by " + who : " is held by no customer");
        }
        return "no account and no caller on the record: no customer";
    }

    private static String unknownDetail(UsageRecord record) {
        if (!record.account().isEmpty()) {
            return "unknown account " + record.account();
        }
        if (!record.caller().isEmpty()) {
            return "no customer holds " + (record.kind() == UsageKind.READING ? "meter " : "number ") + record.caller();
        }
        return "no account and no caller";
    }

    private static String describeTarget(UsageRecord record) {
        return record.kind().matchesByService() ? "service " + record.target() : "callee " + record.target();
    }
}
