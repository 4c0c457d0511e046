package com.meterbook.ui.customers;

import com.meterbook.ledger.CustomerQueries.UsageTotal;
import com.meterbook.operations.CustomerDetails;
import com.meterbook.ui.common.Formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A customer's usage in the open cycle in words: {@code 2026-01 · 2,585 rated records · RM 1,110.37}, then a line per kind. */
final class UsageText {

    private UsageText() {
    }

    static String of(CustomerDetails.Detail d) {
        List<String> lines = new ArrayList<>();
        lines.add(d.period() + " (open) · " + Formats.count(d.records()) + (d.records() == 1 ? " rated record · " : " rated records · ")
                + Formats.money(d.settings(), d.charges()));
        for (UsageTotal u : d.usage()) {
            lines.add(kind(u.kind()) + ": " + Formats.count(u.records()) + " · billed " + quantity(u.billedQuantity(), u.kind())
                    + " · " + Formats.money(d.settings(), u.charges()));
        }
        return String.join("\n", lines);
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "CALL" -> "Calls";
            case "EVENT" -> "Events";
            case "READING" -> "Readings";
            default -> kind.substring(0, 1) + kind.substring(1).toLowerCase(Locale.ROOT);
        };
    }

    /** Calls in hours, minutes and seconds; other quantities as numbers. */
    static String quantity(BigDecimal q, String kind) {
        if (!"CALL".equals(kind)) {
            return q.stripTrailingZeros().toPlainString();
        }
        long s = q.setScale(0, java.math.RoundingMode.UP).longValueExact();
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
