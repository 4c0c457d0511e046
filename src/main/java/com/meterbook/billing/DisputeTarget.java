package com.meterbook.billing;

import java.util.Objects;

/** What a dispute is about: one usage record (by record id) or one invoice (by number). */
public record DisputeTarget(Kind kind, String id) {

    public enum Kind { RECORD, INVOICE }

    public DisputeTarget {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a dispute needs a record id or an invoice number");
        }
    }

    public static DisputeTarget record(String recordId) {
        return new DisputeTarget(Kind.RECORD, recordId);
    }

    public static DisputeTarget invoice(String number) {
        return new DisputeTarget(Kind.INVOICE, number);
    }

    @Override
    public String toString() {
        return (kind == Kind.RECORD ? "record " : "invoice ") + id;
    }
}
