package com.meterbook.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One rates.csv row. {@code rate} is the price of {@code per} units; {@code increment} is the
 * billing step; {@code slotFrom} is a position inside one record and {@code tierFrom} a cumulative
 * quantity of the customer in the cycle from which the row's price applies.
 *
 * @param account empty for a plan row, else the customer whose override this is
 */
public record RateRow(String plan, String account, String prefix, String destination, String band,
                      LocalDate effectiveFrom, BigDecimal connectFee, BigDecimal rate, BigDecimal per,
                      BigDecimal increment, BigDecimal slotFrom, BigDecimal tierFrom, BigDecimal minCharge) {

    public static final String ANY_BAND = "*";

    public RateRow {
        plan = plan == null ? "" : plan;
        account = account == null ? "" : account;
        Objects.requireNonNull(prefix, "prefix");
        destination = destination == null ? "" : destination;
        if (band == null || band.isBlank()) {
            throw new IllegalArgumentException("band is required (* for any time)");
        }
        Objects.requireNonNull(effectiveFrom, "effective_from");
        requireAtLeastZero("connect_fee", connectFee);
        requireAtLeastZero("rate", rate);
        requireAboveZero("per", per);
        requireAboveZero("increment", increment);
        requireAtLeastZero("slot_from", slotFrom);
        requireAtLeastZero("tier_from", tierFrom);
        requireAtLeastZero("min_charge", minCharge);
        if (account.isEmpty() && plan.isEmpty()) {
            throw new IllegalArgumentException("plan is required when account is empty");
        }
    }

    public boolean isOverride() {
        return !account.isEmpty();
    }

    /** Whose rows these are: {@code account:C1} for overrides, {@code plan:BIZ} otherwise. */
    public String owner() {
        return isOverride() ? RateTable.accountOwner(account) : RateTable.planOwner(plan);
    }

    /** Rows with the same identity replace each other on import. */
    public String identity() {
        return owner() + "|" + prefix + "|" + band + "|" + effectiveFrom + "|"
                + slotFrom.stripTrailingZeros().toPlainString() + "|" + tierFrom.stripTrailingZeros().toPlainString();
    }

    private static void requireAtLeastZero(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value.toPlainString());
        }
    }

    private static void requireAboveZero(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be above 0: " + value.toPlainString());
        }
    }
}
