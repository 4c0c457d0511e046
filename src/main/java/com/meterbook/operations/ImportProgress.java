package com.meterbook.operations;

/** Told after every committed chunk; {@link #cancelled()} is asked before each chunk. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    default void committed(long bytesTotal, long linesDone, long recordsDone) {
    }

    default boolean cancelled() {
        return false;
    }
}
