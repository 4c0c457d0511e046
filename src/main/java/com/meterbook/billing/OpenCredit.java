package com.meterbook.billing;

import java.math.BigDecimal;
import java.util.Objects;

/** What is left of a credit note to deduct, in the order the notes were issued. */
public record OpenCredit(String creditNote, BigDecimal remaining) {
    public OpenCredit {
        Objects.requireNonNull(creditNote, "creditNote");
        if (remaining.signum() <= 0) {
            throw new IllegalArgumentException("an open credit has something left: " + remaining);
        }
    }
}
