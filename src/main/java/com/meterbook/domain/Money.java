package com.meterbook.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** An amount in a currency. Amounts keep the scale they were rounded to; this type never rounds. */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final Currency MYR = Currency.getInstance("MYR");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(Currency currency, int scale) {
        return new Money(BigDecimal.ZERO.setScale(scale), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** The symbol users read: {@code RM} for ringgit, the ISO code otherwise. */
    public static String symbol(Currency currency) {
        return "MYR".equals(currency.getCurrencyCode()) ? "RM" : currency.getCurrencyCode();
    }

    /** As printed on statements: {@code RM 1,234.56}, negative as {@code -RM 1.20}. */
    public String format() {
        DecimalFormat grouped = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        grouped.setMinimumFractionDigits(amount.scale() > 0 ? amount.scale() : 0);
        grouped.setMaximumFractionDigits(Math.max(amount.scale(), 0));
        String digits = grouped.format(amount.abs());
        return (amount.signum() < 0 ? "-" : "") + symbol(currency) + " " + digits;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
    }
}
