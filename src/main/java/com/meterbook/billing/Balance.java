package com.meterbook.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One customer's outcome of a cycle: invoiced (with its invoice) or carried forward. The subtotal is
 * brought forward + usage + recurring - credit, where credit is what the customer's credit notes
 * gave in this close ({@code credits}, zero for a ledger without credit notes).
 */
public record Balance(String account, YearMonth period, BigDecimal broughtForward, BigDecimal usage,
                      BigDecimal recurring, BigDecimal subtotal, Optional<Invoice> invoice, BigDecimal carriedForward,
                      BigDecimal credit, List<CreditApplication> credits) {

    public Balance {
        credits = List.copyOf(credits);
    }

    /** A balance with no credit applied. */
    public Balance(String account, YearMonth period, BigDecimal broughtForward, BigDecimal usage, BigDecimal recurring,
                   BigDecimal subtotal, Optional<Invoice> invoice, BigDecimal carriedForward) {
        this(account, period, broughtForward, usage, recurring, subtotal, invoice, carriedForward,
                BigDecimal.ZERO.setScale(usage.scale()), List.of());
    }

    public boolean invoiced() {
        return invoice.isPresent();
    }

    /** This balance as stored, with the credits that its close applied. */
    public Balance withCredits(BigDecimal credit, List<CreditApplication> credits) {
        return new Balance(account, period, broughtForward, usage, recurring, subtotal,
                invoice.map(i -> i.withCredit(credit)), carriedForward, credit, credits);
    }
}
