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

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n).replace('\u00a0', ',');
    }
}
