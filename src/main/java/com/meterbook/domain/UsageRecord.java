package com.meterbook.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One parsed usage record, before rating. Numbers are already normalised.
 *
 * @param account  the account given on the record, or empty
 * @param caller   normalised caller number or meter id, or empty
 * @param target   normalised callee for calls, the service code otherwise
 * @param quantity seconds for calls, units of the service otherwise
 */
public record UsageRecord(String recordId, UsageKind kind, String account, String caller, String target,
                          Instant start, BigDecimal quantity) {

    public UsageRecord {
        if (recordId == null || recordId.isEmpty()) {
            throw new IllegalArgumentException("record id is required");
        }
        Objects.requireNonNull(kind, "kind");
        account = account == null ? "" : account;
        caller = caller == null ? "" : caller;
        target = target == null ? "" : target;
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("quantity must not be negative: " + quantity);
        }
    }

    public UsageRecord withQuantity(BigDecimal newQuantity) {
        return new UsageRecord(recordId, kind, account, caller, target, start, newQuantity);
    }

    /**
     * Identifies the content for duplicate detection: same id and same fingerprint is a plain
     * duplicate, same id and another fingerprint a conflict.
     */
    public long fingerprint() {
        String canonical = kind + "\u001f" + account + "\u001f" + caller + "\u001f" + target + "\u001f"
                + start + "\u001f" + quantity.stripTrailingZeros().toPlainString();
        return Hash64.of(canonical);
    }

    /** Orders records inside a cycle: start instant, then record id in code-point order. */
    public static int compareByPosition(Instant startA, String idA, Instant startB, String idB) {
        int byStart = startA.compareTo(startB);
        return byStart != 0 ? byStart : CodePointOrder.compare(idA, idB);
    }
}
