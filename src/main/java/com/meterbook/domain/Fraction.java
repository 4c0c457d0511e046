package com.meterbook.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact non-negative-denominator quotient of two decimals. Rating sums step costs such as
 * {@code 7 * 0.10 / 60} that have no finite decimal expansion; they stay exact until the one
 * rounding of a record's charge.
 */
public record Fraction(BigDecimal numerator, BigDecimal denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigDecimal.ONE);

    public Fraction {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
    }

    public static Fraction of(BigDecimal value) {
        return new Fraction(value, BigDecimal.ONE);
    }

    public static Fraction of(BigDecimal numerator, BigDecimal denominator) {
        return new Fraction(numerator, denominator);
    }

    public Fraction plus(Fraction other) {
        if (denominator.compareTo(other.denominator) == 0) {
            return new Fraction(numerator.add(other.numerator), denominator);
        }
        return new Fraction(
                numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction plus(BigDecimal value) {
        return new Fraction(numerator.add(value.multiply(denominator)), denominator);
    }

    /** The exact value rounded once to {@code scale} places. */
    public BigDecimal round(int scale, RoundingMode mode) {
        return numerator.divide(denominator, scale, mode);
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    public boolean isBelow(BigDecimal value) {
        return numerator.compareTo(value.multiply(denominator)) < 0;
    }

    @Override
    public String toString() {
        return numerator.toPlainString() + "/" + denominator.toPlainString();
    }
}
