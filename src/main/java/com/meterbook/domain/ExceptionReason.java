package com.meterbook.domain;

/** Why a record could not be billed, in the contract's order of precedence. */
public enum ExceptionReason {
    INVALID_RECORD,
    DUPLICATE_CONFLICT,
    LATE_RECORD,
    UNKNOWN_ACCOUNT,
    NO_RATE,
    OUT_OF_POLICY
}
