package com.meterbook.sources;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and as whom to connect: a private key file or a password (already decrypted), and the
 * OpenSSH line of the host key the user accepted, if any.
 */
public record SftpEndpoint(String host, int port, String user, Optional<Path> keyFile, Optional<String> password,
                           Optional<String> trustedHostKey) {

    public SftpEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not 1 to 65535");
        }
        if (keyFile.isEmpty() && password.isEmpty()) {
            throw new IllegalArgumentException("a key file or a password is needed");
        }
    }

    /** {@code host:port}, as messages name the server. */
    public String address() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        // never the password
        return user + "@" + address();
    }
}
