package com.meterbook.billing;

import java.math.BigDecimal;

/** The part of a credit note deducted in one cycle close. */
public record CreditApplication(String creditNote, BigDecimal amount) {
}
