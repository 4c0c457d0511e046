package com.meterbook.ledger;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of the exception queue as stored: the record (when it was stored), where it was read,
 * why it waits, the line as read, and how it was resolved.
 *
 * @param rowId the stored usage record, or null for a line that could not be read or a conflicting copy
 * @param raw   the line as read (fields joined back into CSV), or null when it was not kept
 */
public record ExceptionItem(long id, Long rowId, String recordId, String source, Long line, Integer period, String reason,
                            String field, String detail, String raw, String status, Instant createdAt, Instant resolvedAt,
                            String resolution, String resolvedBy, String note) {

    public boolean isOpen() {
        return ExceptionStore.OPEN.equals(status);
    }

    public boolean hasRecord() {
        return rowId != null;
    }

    public Optional<String> rawLine() {
        return Optional.ofNullable(raw).filter(r -> !r.isEmpty());
    }

    /** The subject of this item's audit entries. */
    public String subject() {
        return subjectOf(id);
    }

    public static String subjectOf(long id) {
        return "exception " + id;
    }
}
