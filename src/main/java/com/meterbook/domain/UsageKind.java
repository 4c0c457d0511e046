package com.meterbook.domain;

/** What a usage record measures: a call is priced by callee prefix, the others by service code. */
public enum UsageKind {
    CALL,
    EVENT,
    READING;

    public boolean matchesByService() {
        return this != CALL;
    }
}
