package com.meterbook.operations;

import java.time.Instant;

/**
 * What one file's import did; imported + duplicates + exceptions = read. A file whose exact bytes
 * (same SHA-256) were imported to the end before is not read again: {@code alreadyImported} is when
 * that import finished, and every record counts as a duplicate, as a full re-read would count them.
 */
public record ImportSummary(String file, long read, long imported, long duplicates, long exceptions, boolean cancelled,
                            ImportTimings timings, Instant alreadyImported) {

    public ImportSummary(String file, long read, long imported, long duplicates, long exceptions, boolean cancelled,
                         ImportTimings timings) {
        this(file, read, imported, duplicates, exceptions, cancelled, timings, null);
    }

    public boolean skipped() {
        return alreadyImported != null;
    }

    public String line() {
        return "imported " + imported + ", duplicates " + duplicates + ", exceptions " + exceptions;
    }
}
