package com.meterbook.billing;

import com.meterbook.domain.Customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What closing a cycle needs to know of one customer.
 *
 * @param broughtForward carried from the customer's previous closed cycle
 * @param usage          the sum of the customer's rounded record charges in the cycle
 * @param recurring      the sum of the customer's recurring charges for the cycle
 * @param hasRecurring   whether any recurring charge applies (an invoice is then always issued)
 * @param credits        the customer's open credit notes, oldest first
 */
public record CustomerCycle(Customer customer, BigDecimal broughtForward, BigDecimal usage, BigDecimal recurring,
                            boolean hasRecurring, List<OpenCredit> credits) {
    public CustomerCycle {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(broughtForward, "broughtForward");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(recurring, "recurring");
        credits = List.copyOf(credits);
    }

    /** A customer with no open credit note. */
    public CustomerCycle(Customer customer, BigDecimal broughtForward, BigDecimal usage, BigDecimal recurring, boolean hasRecurring) {
        this(customer, broughtForward, usage, recurring, hasRecurring, List.of());
    }
}
