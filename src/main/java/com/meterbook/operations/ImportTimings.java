package com.meterbook.operations;

/**
 * Where an import's time went. The reader thread parses and pre-rates; the writer deduplicates and
 * finishes rating, stores rows, and commits; {@code writerWaitNanos} is the writer idle, waiting
 * for the reader.
 */
public record ImportTimings(long readerNanos, long readerCpuNanos, long writerWaitNanos, long rateNanos, long storeNanos,
                            long commitNanos) {

    public static final ImportTimings NONE = new ImportTimings(0, 0, 0, 0, 0, 0);

    public String describe() {
        return String.format("reader (parse, pre-rate) %.1f s, %.1f s of CPU; writer: waiting %.1f s, dedup and rating %.1f s, "
                        + "inserts %.1f s, commit %.1f s",
                readerNanos / 1e9, readerCpuNanos / 1e9, writerWaitNanos / 1e9, rateNanos / 1e9, storeNanos / 1e9, commitNanos / 1e9);
    }
}
