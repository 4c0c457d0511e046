package com.meterbook.ui.common;

import com.meterbook.domain.LedgerSettings;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How the desktop writes amounts and counts: {@code RM 1,234.56} at the ledger's scale, {@code 24,986}. */
public final class Formats {

    private Formats() {
    }

    public static String money(LedgerSettings settings, BigDecimal amount) {
        return settings.money(settings.atScale(amount)).format();
    }

    /** Seconds as {@code m:ss}. */
    public static String duration(BigDecimal seconds) {
        return com.meterbook.rating.ExplanationText.minutes(seconds);
    }

    /** A decimal with thousands separators, keeping its scale: {@code 1,234.50}. */
    public static String decimal(BigDecimal v) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(0, v.scale()));
        f.setMaximumFractionDigits(Math.max(0, v.scale()));
        return f.format(v);
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n).replace('\u00a0', ',');
    }
}
