package com.meterbook.ingest;

/** A field that cannot be read; the reader turns it into an INVALID_RECORD or a rejected file. */
public final class FieldException extends Exception {
    private final String field;

    public FieldException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
