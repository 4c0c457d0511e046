package com.meterbook.operations;

/** An operator action that cannot be done as asked (no such customer, no comment, nothing to act on); the ledger is unchanged. */
public final class ActionRefusedException extends RuntimeException {
    public ActionRefusedException(String message) {
        super(message);
    }
}
