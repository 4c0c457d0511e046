package com.meterbook.sources;

import java.io.IOException;

/** The server refused the user, password or key: retrying will not help. */
public final class AuthenticationFailedException extends IOException {

    public AuthenticationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
