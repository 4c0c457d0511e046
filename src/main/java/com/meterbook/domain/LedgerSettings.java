package com.meterbook.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger's settings from {@code meterbook init}. This is the one place where a record's
 * charge is rounded: {@link #roundCharge(Fraction)}.
 */
public record LedgerSettings(
        ZoneId zone,
        Currency currency,
        String countryCode,
        int decimals,
        RoundingMode rounding,
        BigDecimal threshold,
        BigDecimal taxRate,
        long maxDurationSeconds,
        Optional<BigDecimal> maxCharge) {

    public static final Set<RoundingMode> ALLOWED_ROUNDING = EnumSet.of(RoundingMode.HALF_UP, RoundingMode.UP, RoundingMode.DOWN);
    /** Tax is rounded to this many places, half up, whatever the ledger's decimals. */
    public static final int TAX_SCALE = 2;

    public LedgerSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(taxRate, "taxRate");
        Objects.requireNonNull(maxCharge, "maxCharge");
        if (countryCode == null || !countryCode.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("country-code must be 1 to 4 digits: " + countryCode);
        }
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be between 0 and 6: " + decimals);
        }
        if (!ALLOWED_ROUNDING.contains(rounding)) {
            throw new IllegalArgumentException("rounding must be HALF_UP, UP or DOWN: " + rounding);
        }
        if (threshold.signum() < 0) {
            throw new IllegalArgumentException("threshold must not be negative: " + threshold);
        }
        if (taxRate.signum() < 0) {
            throw new IllegalArgumentException("tax-rate must not be negative: " + taxRate);
        }
        if (maxDurationSeconds <= 0) {
            throw new IllegalArgumentException("max-duration must be positive: " + maxDurationSeconds);
        }
        maxCharge.ifPresent(max -> {
            if (max.signum() < 0) {
                throw new IllegalArgumentException("max-charge must not be negative: " + max);
            }
        });
    }

    public static LedgerSettings defaults(ZoneId zone) {
        return new LedgerSettings(zone, Money.MYR, "60", 2, RoundingMode.HALF_UP,
                new BigDecimal("1.00"), BigDecimal.ZERO, 14_400, Optional.empty());
    }

    /** A record's exact cost rounded once, to the ledger's decimals, with its rounding mode. */
    public BigDecimal roundCharge(Fraction exact) {
        return exact.round(decimals, rounding);
    }

    /** An amount shown at the ledger's scale (sums of rounded charges need no rounding). */
    public BigDecimal atScale(BigDecimal amount) {
        BigDecimal exact = amount.stripTrailingZeros();
        return exact.scale() <= decimals ? amount.setScale(decimals, RoundingMode.UNNECESSARY) : exact;
    }

    /** Tax on an invoice subtotal: rounded to 2 places, half up. */
    public BigDecimal taxOn(BigDecimal subtotal) {
        return subtotal.multiply(taxRate).setScale(TAX_SCALE, RoundingMode.HALF_UP);
    }

    public Money money(BigDecimal amount) {
        return new Money(amount, currency);
    }

    public NumberNormaliser normaliser() {
        return new NumberNormaliser(countryCode);
    }
}
