package com.meterbook.rating;

import com.meterbook.domain.Fraction;

import java.math.BigDecimal;

/** A run of equal steps priced by one row: positions {@code from} to {@code to} inside the record. */
public record PricingStep(RateRow row, BigDecimal from, BigDecimal to, BigDecimal steps, Fraction cost) {
}
