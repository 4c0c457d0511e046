package com.meterbook.rating;

import com.meterbook.domain.CodePointOrder;
import com.meterbook.domain.Customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Finds the customer of a record: by account, else by a normalised caller number or meter id. */
public final class CustomerDirectory {

    private final Map<String, Customer> byAccount = new TreeMap<>(CodePointOrder.COMPARATOR);
    private final Map<String, Customer> byNumber = new HashMap<>();
    private final List<String> sharedNumbers = new ArrayList<>();

    public CustomerDirectory(Collection<Customer> customers) {
        for (Customer c : customers) {
            byAccount.put(c.account(), c);
        }
        for (Customer c : byAccount.values()) {
            for (String number : c.numbers()) {
                Customer previous = byNumber.putIfAbsent(number, c);
                if (previous != null && !previous.account().equals(c.account())) {
                    sharedNumbers.add(number + " is held by " + previous.account() + " and " + c.account());
                }
            }
        }
    }

    public Optional<Customer> byAccount(String account) {
        return Optional.ofNullable(byAccount.get(account));
    }

    public Optional<Customer> byNumber(String normalisedNumber) {
        return Optional.ofNullable(byNumber.get(normalisedNumber));
    }

    /** Customers in account order (code points), the order invoice numbers are given in. */
    public Collection<Customer> all() {
        return byAccount.values();
    }

    /** Numbers held by two customers; the contract rejects a customers file that causes any. */
    public List<String> sharedNumbers() {
        return List.copyOf(sharedNumbers);
    }
}
