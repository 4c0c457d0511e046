package com.meterbook.ui.usage;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.Money;
import com.meterbook.domain.UsageKind;
import com.meterbook.operations.UsageBrowser;
import com.meterbook.ui.common.Formats;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

/** One rated record as the usage table shows it; durations and quantities sort by value, not by text. */
public record UsageLine(long rowId, String recordId, String time, String caller, String callee, String destination, String band,
                        Amount duration, Amount billed, String rate, Money charge) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** A quantity with the text it shows as ({@code 4:05} for a call's seconds). */
    public record Amount(BigDecimal value, String text) implements Comparable<Amount> {
        @Override
        public int compareTo(Amount other) {
            return value.compareTo(other.value);
        }

        @Override
        public String toString() {
            return text;
        }

        static Amount of(UsageKind kind, BigDecimal value) {
            BigDecimal plain = value.stripTrailingZeros();
            String text = kind == UsageKind.CALL ? Formats.duration(value) : (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
            return new Amount(value, text);
        }
    }

    static UsageLine of(UsageBrowser.Line l, LedgerSettings settings) {
        return new UsageLine(l.rowId(), l.recordId(), TIME.format(l.start()), l.caller(), l.callee(), l.destination(), l.band(),
                Amount.of(l.kind(), l.quantity()), Amount.of(l.kind(), l.billed()), l.rate(), settings.money(l.charge()));
    }
}
