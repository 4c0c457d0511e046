package com.meterbook.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/** One customer's outcome of a cycle: invoiced (with its invoice) or carried forward. */
public record Balance(String account, YearMonth period, BigDecimal broughtForward, BigDecimal usage,
                      BigDecimal recurring, BigDecimal subtotal, Optional<Invoice> invoice, BigDecimal carriedForward) {

    public boolean invoiced() {
        return invoice.isPresent();
    }
}
