package com.meterbook.cli;

/** One readable line for a failure: the deepest message that says something, no stack trace. */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable t) {
        Throwable cause = t;
        String message = t.getMessage();
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
        }
        if (message == null || message.isBlank()) {
            message = cause.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }
}
