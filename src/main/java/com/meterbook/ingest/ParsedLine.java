package com.meterbook.ingest;

import com.meterbook.domain.UsageRecord;

/** One record of a usage file as read: a record, or an invalid line with the field and why. */
public sealed interface ParsedLine {

    long line();

    String raw();

    /**
     * For READING records the quantity is the register value; the import turns it into usage. The
     * raw text is joined from the fields only when asked (for an exception), not for every record.
     */
    record Parsed(long line, String[] fields, UsageRecord record) implements ParsedLine {
        @Override
        public String raw() {
            return CsvLine.join(fields);
        }
    }

    record Invalid(long line, String raw, String recordId, String field, String reason) implements ParsedLine {
        public String detail() {
            return field == null ? reason : field + " " + reason;
        }
    }
}
