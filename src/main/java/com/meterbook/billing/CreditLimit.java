package com.meterbook.billing;

import java.math.BigDecimal;

/**
 * The amount a dispute may credit: above 0, in the ledger's decimals, and no more than what was
 * disputed (a record's charge, or an invoice's subtotal before tax) less credits already issued on it.
 */
public final class CreditLimit {

    private CreditLimit() {
    }

    /** @throws IllegalArgumentException with a message for the operator when the amount is not allowed */
    public static void check(BigDecimal amount, String what, BigDecimal disputed, BigDecimal creditedBefore, int decimals) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a credit note's amount must be above 0, not " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > decimals) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more than the ledger's " + decimals + " decimals");
        }
        BigDecimal left = disputed.subtract(creditedBefore);
        if (amount.compareTo(left) > 0) {
            String before = creditedBefore.signum() == 0 ? "" : " less " + creditedBefore.toPlainString() + " already credited";
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " is more than " + what + " "
                    + disputed.toPlainString() + before + " (at most " + left.max(BigDecimal.ZERO).toPlainString() + ")");
        }
    }
}
