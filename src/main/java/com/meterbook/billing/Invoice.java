package com.meterbook.billing;

import java.math.BigDecimal;
import java.time.YearMonth;

/** An invoice issued by a cycle close. Numbers are the entity, a dash and a 6-digit sequence. */
public record Invoice(String number, String entity, long sequence, String account, YearMonth period,
                      BigDecimal broughtForward, BigDecimal usage, BigDecimal recurring, BigDecimal subtotal,
                      BigDecimal tax, BigDecimal total) {

    public static String number(String entity, long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("invoice sequence out of range: " + sequence);
        }
        return entity + "-" + String.format("%06d", sequence);
    }
}
