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

    /** The longest record id the ledger keeps (RATING.md leaves it open; ids are switch call ids or UUIDs). */
    public static final int MAX_RECORD_ID = 255;
    /** The longest account, caller, callee or service code the ledger keeps. */
    public static final int MAX_TEXT = 64;

    /** A field longer than the ledger keeps: its name, and why it is refused. */
    public record Overlong(String field, String reason) {
    }

    /** The first field longer than the ledger keeps, or empty: a record with one is invalid, not truncated. */
    public java.util.Optional<Overlong> overlongField() {
        // checked for every record read: plain comparisons, nothing allocated unless a field is too long
        Overlong found = longer("record id", recordId, MAX_RECORD_ID);
        if (found == null) {
            found = longer("account", account, MAX_TEXT);
        }
        if (found == null) {
            found = longer(kind == UsageKind.CALL ? "callee" : "service", target, MAX_TEXT);
        }
        if (found == null) {
            found = longer(kind == UsageKind.READING ? "meter" : "caller", caller, MAX_TEXT);
        }
        return java.util.Optional.ofNullable(found);
    }

    private static Overlong longer(String field, String value, int max) {
        return value.length() <= max ? null : new Overlong(field, "is longer than " + max + " characters (" + value.length() + ")");
    }

    public UsageRecord withQuantity(BigDecimal newQuantity) {
        return new UsageRecord(recordId, kind, account, caller, target, start, newQuantity);
    }

    /** The same record naming another account (an operator assigned it to a customer). */
    public UsageRecord withAccount(String newAccount) {
        return new UsageRecord(recordId, kind, newAccount, caller, target, start, quantity);
    }

    /**
     * Identifies the content for duplicate detection: same id and same fingerprint is a plain
     * duplicate, same id and another fingerprint a conflict.
     */
    public long fingerprint() {
        BigDecimal q = quantity.stripTrailingZeros();
        long h = Hash64.start();
        h = Hash64.add(h, kind.ordinal());
        h = Hash64.add(h, account);
        h = Hash64.add(h, caller);
        h = Hash64.add(h, target);
        h = Hash64.add(h, start.getEpochSecond());
        h = Hash64.add(h, start.getNano());
        h = Hash64.add(h, q.scale());
        h = q.unscaledValue().bitLength() < 63 ? Hash64.add(h, q.unscaledValue().longValue()) : Hash64.add(h, q.unscaledValue().toString());
        return Hash64.finish(h);
    }

    /** Orders records inside a cycle: start instant, then record id in code-point order. */
    public static int compareByPosition(Instant startA, String idA, Instant startB, String idB) {
        int byStart = startA.compareTo(startB);
        return byStart != 0 ? byStart : CodePointOrder.compare(idA, idB);
    }
}
