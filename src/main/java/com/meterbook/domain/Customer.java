package com.meterbook.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A billed customer. {@code numbers} are normalised caller numbers or meter ids that identify the
 * customer when a record carries no account.
 */
public record Customer(String account, String name, String plan, Set<String> numbers,
                       Optional<BigDecimal> threshold, String entity) {

    public static final String DEFAULT_ENTITY = "MAIN";

    public Customer {
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("account is required");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plan, "plan");
        numbers = Set.copyOf(numbers);
        Objects.requireNonNull(threshold, "threshold");
        entity = entity == null || entity.isBlank() ? DEFAULT_ENTITY : entity;
    }

    /** The carry-forward floor: the customer's own, else the ledger's. */
    public BigDecimal thresholdOr(BigDecimal ledgerDefault) {
        return threshold.orElse(ledgerDefault);
    }
}
