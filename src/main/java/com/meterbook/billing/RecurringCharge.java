package com.meterbook.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/** A monthly charge for each cycle from {@code from} to {@code to} inclusive ({@code to} empty: open-ended). */
public record RecurringCharge(String account, String description, BigDecimal amount, YearMonth from, Optional<YearMonth> to) {

    public RecurringCharge {
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("account is required");
        }
        description = description == null ? "" : description;
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isPresent() && to.get().isBefore(from)) {
            throw new IllegalArgumentException("to " + to.get() + " is before from " + from);
        }
    }

    public boolean appliesTo(YearMonth period) {
        return !period.isBefore(from) && to.map(end -> !period.isAfter(end)).orElse(true);
    }

    /**
     * The row's whole content. Several rows add up, so identical rows are told apart by their
     * occurrence in the file; importing the same file again then changes nothing.
     */
    public String identity() {
        return account + "|" + description + "|" + amount.stripTrailingZeros().toPlainString() + "|" + from + "|"
                + to.map(YearMonth::toString).orElse("");
    }
}
