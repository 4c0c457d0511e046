package com.meterbook.operations;

import com.meterbook.domain.Customer;

import java.util.List;
import java.util.Objects;

/**
 * An edit of one customer as typed: numbers as written (they are normalised on saving), threshold as
 * text (empty for the ledger default), entity empty for {@code MAIN}.
 */
public record CustomerChange(String account, String name, String plan, List<String> numbers, String threshold, String entity) {

    public CustomerChange {
        Objects.requireNonNull(account, "account");
        name = name == null ? "" : name;
        plan = plan == null ? "" : plan;
        numbers = List.copyOf(numbers);
        threshold = threshold == null ? "" : threshold;
        entity = entity == null ? "" : entity;
    }

    /** The customer as stored, as a change that changes nothing. */
    public static CustomerChange of(Customer c) {
        return new CustomerChange(c.account(), c.name(), c.plan(), c.numbers().stream().sorted().toList(),
                c.threshold().map(t -> t.stripTrailingZeros().toPlainString()).orElse(""), c.entity());
    }

    public CustomerChange withName(String value) {
        return new CustomerChange(account, value, plan, numbers, threshold, entity);
    }

    public CustomerChange withPlan(String value) {
        return new CustomerChange(account, name, value, numbers, threshold, entity);
    }

    public CustomerChange withNumbers(List<String> value) {
        return new CustomerChange(account, name, plan, value, threshold, entity);
    }

    public CustomerChange withThreshold(String value) {
        return new CustomerChange(account, name, plan, numbers, value, entity);
    }

    public CustomerChange withEntity(String value) {
        return new CustomerChange(account, name, plan, numbers, threshold, value);
    }
}
