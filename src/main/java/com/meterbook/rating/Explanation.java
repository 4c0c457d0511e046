package com.meterbook.rating;

import com.meterbook.domain.Customer;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.UsageRecord;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * How the engine rated one record, step by step as the contract lists them, made by the engine
 * while it rates ({@link RatingEngine#explain}): nothing here prices anything again.
 *
 * @param period       the cycle the record is billed in (its own, or the next open one for a late record moved there)
 * @param customerStep how the customer was found, in words
 * @param bandReason   why the band is what it is, in words
 * @param candidates   every prefix tried, in order; the matched one last
 * @param price        the price at the counter given, when the record is billable
 */
public record Explanation(UsageRecord record, LocalDateTime localStart, YearMonth period, String customerStep,
                          Optional<Customer> customer, Optional<String> band, String bandReason, List<RateCandidate> candidates,
                          Assessment assessment, Optional<Price> price, Optional<String> overMaxCharge, LedgerSettings settings) {

    public Explanation {
        candidates = List.copyOf(candidates);
    }

    /** The cycle of the record's own start. */
    public YearMonth ownPeriod() {
        return YearMonth.from(localStart);
    }

    /** The rounded charge, when the record has a customer and rows (even over max-charge). */
    public Optional<BigDecimal> charge() {
        return price.map(Price::charge);
    }

    /** Whether a record rated like this for the first time would be charged (not queued). */
    public boolean charged() {
        return price.isPresent() && overMaxCharge.isEmpty();
    }

    /** The matched candidate, when one matched. */
    public Optional<RateCandidate> matched() {
        return candidates.stream().filter(RateCandidate::matched).findFirst();
    }

    /** What became of the record, in one line. */
    public String outcome() {
        return switch (assessment) {
            case Assessment.Zero z -> "quantity 0: stored and counted, not charged";
            case Assessment.Queued q -> q.reason() + ": " + q.detail();
            case Assessment.Billable b -> overMaxCharge.map(d -> "OUT_OF_POLICY: " + d)
                    .orElseGet(() -> "charged " + price.orElseThrow().charge().toPlainString() + " to " + b.customer().account()
                            + " in " + period);
        };
    }
}
