package com.meterbook.operations;

/** What one file's import did; imported + duplicates + exceptions = read. */
public record ImportSummary(String file, long read, long imported, long duplicates, long exceptions, boolean cancelled,
                            ImportTimings timings) {

    public String line() {
        return "imported " + imported + ", duplicates " + duplicates + ", exceptions " + exceptions;
    }
}
