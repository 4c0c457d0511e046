package com.meterbook.billing;

import com.meterbook.domain.CodePointOrder;
import com.meterbook.domain.LedgerSettings;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Closes cycle M by the contract: per customer, subtotal = brought forward + usage + recurring.
 * With no recurring charge and a subtotal below the threshold (or equal to 0) nothing is invoiced
 * and the subtotal is carried into the next cycle; otherwise an invoice is issued with tax rounded
 * to 2 places half up. Invoice numbers run on per entity without gaps, in account order.
 * Open credit notes are deducted first ({@link CreditAllocation}): the subtotal is then
 * brought forward + usage + recurring - credit, and the same rule applies to it.
 */
public final class CycleCloser {

    private final LedgerSettings settings;

    public CycleCloser(LedgerSettings settings) {
        this.settings = settings;
    }

    /**
     * @param lastSequenceByEntity the last invoice sequence issued per entity (absent: none yet)
     */
    public List<Balance> close(YearMonth period, List<CustomerCycle> customers, Map<String, Long> lastSequenceByEntity) {
        Map<String, Long> sequences = new HashMap<>(lastSequenceByEntity);
        List<CustomerCycle> inAccountOrder = new ArrayList<>(customers);
        inAccountOrder.sort(Comparator.comparing(c -> c.customer().account(), CodePointOrder.COMPARATOR));
        List<Balance> balances = new ArrayList<>(inAccountOrder.size());
        for (CustomerCycle c : inAccountOrder) {
            balances.add(balance(period, c, sequences));
        }
        return balances;
    }

    private Balance balance(YearMonth period, CustomerCycle c, Map<String, Long> sequences) {
        BigDecimal broughtForward = settings.atScale(c.broughtForward());
        BigDecimal usage = settings.atScale(c.usage());
        BigDecimal recurring = settings.atScale(c.recurring());
        List<CreditApplication> credits = CreditAllocation.allocate(broughtForward.add(usage).add(recurring), c.credits());
        BigDecimal credit = settings.atScale(CreditAllocation.total(credits));
        BigDecimal subtotal = broughtForward.add(usage).add(recurring).subtract(credit);
        BigDecimal threshold = c.customer().thresholdOr(settings.threshold());
        boolean carry = !c.hasRecurring() && (subtotal.compareTo(threshold) < 0 || subtotal.signum() == 0);
        String account = c.customer().account();
        if (carry) {
            return new Balance(account, period, broughtForward, usage, recurring, subtotal, Optional.empty(), subtotal, credit, credits);
        }
        String entity = c.customer().entity();
        long sequence = sequences.merge(entity, 1L, Long::sum);
        BigDecimal tax = settings.taxOn(subtotal);
        Invoice invoice = new Invoice(Invoice.number(entity, sequence), entity, sequence, account, period,
                broughtForward, usage, recurring, subtotal, tax, subtotal.add(tax), credit);
        return new Balance(account, period, broughtForward, usage, recurring, subtotal, Optional.of(invoice),
                settings.atScale(BigDecimal.ZERO), credit, credits);
    }
}
