package com.meterbook.billing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A credit note issued on a dispute: an amount owed back to a customer, net of tax, deducted from the
 * customer's next cycle closes until used up. Numbers are the entity, {@code -CN-} and a 6-digit
 * sequence ({@code MAIN-CN-000001}), consecutive per entity without gaps and apart from invoice numbers.
 */
public record CreditNote(String number, String entity, long sequence, String account, BigDecimal amount) {

    public static final String MARK = "-CN-";

    public CreditNote {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(account, "account");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a credit note's amount must be above 0");
        }
    }

    public static String number(String entity, long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("credit note sequence out of range: " + sequence);
        }
        return entity + MARK + String.format("%06d", sequence);
    }
}
