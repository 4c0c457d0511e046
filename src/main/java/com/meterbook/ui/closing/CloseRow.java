package com.meterbook.ui.closing;

import com.meterbook.billing.Balance;
import com.meterbook.billing.Invoice;
import com.meterbook.domain.Customer;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.Money;
import com.meterbook.operations.CycleClose.PreviewLine;

import java.math.BigDecimal;

/** One customer's line of the close preview, as shown. */
public record CloseRow(String account, String name, Money broughtForward, Money usage, Money recurring, Money tax, Money total, String outcome,
                       Money usageChange) {

    static CloseRow of(PreviewLine line, Customer customer, LedgerSettings settings) {
        Balance b = line.balance();
        BigDecimal threshold = customer == null ? settings.threshold() : customer.thresholdOr(settings.threshold());
        BigDecimal tax = b.invoice().map(Invoice::tax).orElse(BigDecimal.ZERO);
        BigDecimal total = b.invoice().map(Invoice::total).orElse(b.subtotal());
        String outcome = b.invoice().map(i -> "Invoice " + i.number())
                .orElse("Carry forward (< " + settings.money(settings.atScale(threshold)).format() + ")")
                + (b.credit().signum() == 0 ? "" : ", credit note -" + settings.money(settings.atScale(b.credit())).format());
        return new CloseRow(b.account(), customer == null ? "" : customer.name(), money(settings, b.broughtForward()), money(settings, b.usage()), money(settings, b.recurring()),
                money(settings, tax), money(settings, total), outcome, money(settings, line.usageChange()));
    }

    private static Money money(LedgerSettings settings, BigDecimal amount) {
        return settings.money(settings.atScale(amount));
    }

    public boolean invoiced() {
        return outcome.startsWith("Invoice");
    }
}
