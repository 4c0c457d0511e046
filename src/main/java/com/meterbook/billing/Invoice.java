package com.meterbook.billing;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * An invoice issued by a cycle close. Numbers are the entity, a dash and a 6-digit sequence.
 * {@code subtotal} is already net of {@code credit}, the credit notes deducted in its close
 * (brought forward + usage + recurring - credit), and tax is worked out on it.
 */
public record Invoice(String number, String entity, long sequence, String account, YearMonth period,
                      BigDecimal broughtForward, BigDecimal usage, BigDecimal recurring, BigDecimal subtotal,
                      BigDecimal tax, BigDecimal total, BigDecimal credit) {

    /** An invoice with no credit deducted. */
    public Invoice(String number, String entity, long sequence, String account, YearMonth period, BigDecimal broughtForward,
                   BigDecimal usage, BigDecimal recurring, BigDecimal subtotal, BigDecimal tax, BigDecimal total) {
        this(number, entity, sequence, account, period, broughtForward, usage, recurring, subtotal, tax, total,
                BigDecimal.ZERO.setScale(subtotal.scale()));
    }

    public static String number(String entity, long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("invoice sequence out of range: " + sequence);
        }
        return entity + "-" + String.format("%06d", sequence);
    }

    public Invoice withCredit(BigDecimal deducted) {
        return new Invoice(number, entity, sequence, account, period, broughtForward, usage, recurring, subtotal, tax, total, deducted);
    }
}
