package com.meterbook.rating;

import java.util.List;

/**
 * The rows that price one record: one prefix's version in force, restricted to a band.
 *
 * @param tierSensitive whether any row of this prefix for this customer (overrides or plan, any
 *                      version or band) has a tier above 0, so that the price can depend on the
 *                      customer's earlier usage in the cycle
 */
public record RateSelection(String prefix, RateVersion version, List<RateRow> rows, boolean tierSensitive) {

    public String destination() {
        return rows.isEmpty() ? "" : rows.getLast().destination();
    }
}
