package com.meterbook.operations;

/** A cycle operation the contract refuses, with a message for the operator. */
public final class CycleRefusedException extends RuntimeException {
    public CycleRefusedException(String message) {
        super(message);
    }
}
