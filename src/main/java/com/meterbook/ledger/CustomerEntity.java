package com.meterbook.ledger;

import com.meterbook.domain.Customer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@Entity
@Table(name = "customer")
class CustomerEntity {
    @Id
    String account;
    String name;
    String plan;
    BigDecimal threshold;
    String entity;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_number", joinColumns = @JoinColumn(name = "account"))
    @Column(name = "number")
    Set<String> numbers = new HashSet<>();

    void assign(Customer c) {
        account = c.account();
        name = c.name();
        plan = c.plan();
        threshold = c.threshold().orElse(null);
        entity = c.entity();
        numbers.clear();
        numbers.addAll(c.numbers());
    }

    Customer toDomain() {
        return new Customer(account, name, plan, numbers, Optional.ofNullable(threshold), entity);
    }
}
