package com.meterbook.ledger;

import java.time.YearMonth;

/** Periods are stored as {@code yyyymm} integers so that they sort and index cheaply. */
public final class Periods {
    private Periods() {
    }

    public static int toInt(YearMonth period) {
        return period.getYear() * 100 + period.getMonthValue();
    }

    public static YearMonth of(int yyyymm) {
        return YearMonth.of(yyyymm / 100, yyyymm % 100);
    }
}
