package com.meterbook.ledger;

import com.meterbook.domain.UsageKind;
import com.meterbook.domain.UsageRecord;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A usage record as the ledger keeps it: the record, where it came from, and its rating outcome.
 * Mutable on purpose: the import pipeline fills the outcome in place for millions of rows.
 */
public final class UsageRow {
    public long rowId;
    public UsageRecord record;
    public final long recordKey;
    public final long fingerprint;
    public Long sourceFileId;
    public long line;
    public int period;
    public Status status;
    public String customer = "";
    public String prefix;
    public String band;
    public BigDecimal billedQuantity;
    public BigDecimal charge;
    public String reason;

    public enum Status { RATED, ZERO, QUEUED }

    public UsageRow(UsageRecord record, long fingerprint) {
        this.record = record;
        this.recordKey = keyOf(record.recordId());
        this.fingerprint = fingerprint;
    }

    public static long keyOf(String recordId) {
        return com.meterbook.domain.Hash64.of(recordId);
    }

    public String recordId() {
        return record.recordId();
    }

    public Instant start() {
        return record.start();
    }

    public UsageKind kind() {
        return record.kind();
    }

    public void rated(String customer, String prefix, String band, BigDecimal billed, BigDecimal charge) {
        this.status = Status.RATED;
        this.customer = customer;
        this.prefix = prefix;
        this.band = band;
        this.billedQuantity = billed;
        this.charge = charge;
        this.reason = null;
    }

    public void zero(String customer) {
        this.status = Status.ZERO;
        this.customer = customer;
        this.prefix = null;
        this.band = null;
        this.billedQuantity = BigDecimal.ZERO;
        this.charge = null;
        this.reason = null;
    }

    public void queued(String customer, String reason, String prefix, String band) {
        this.status = Status.QUEUED;
        this.customer = customer;
        this.prefix = prefix;
        this.band = band;
        this.billedQuantity = null;
        this.charge = null;
        this.reason = reason;
    }
}
