package com.meterbook.ui.rates;

import com.meterbook.rating.RateTable;

/** Whose rate rows are shown: a plan ({@code plan:BIZ}) or one customer's overrides ({@code account:C1003}). */
public record Owner(String key, String label) {

    static Owner plan(String plan) {
        return new Owner(RateTable.planOwner(plan), "Plan " + plan);
    }

    static Owner account(String account, String name) {
        return new Owner(RateTable.accountOwner(account), "Overrides of " + account + " · " + name);
    }

    boolean isPlan() {
        return key.startsWith("plan:");
    }

    String id() {
        return key.substring(key.indexOf(':') + 1);
    }

    @Override
    public String toString() {
        return label;
    }
}
