package com.meterbook.sources;

import java.io.IOException;
import java.util.Optional;

/**
 * The server showed a host key the user has not accepted: an unknown host (no key accepted yet) or,
 * loudly, a key other than the accepted one. Carries the offered key so that it can be accepted.
 */
public final class HostKeyException extends IOException {

    private final String offeredKey;
    private final String offeredFingerprint;
    private final Optional<String> trustedFingerprint;

    public HostKeyException(String address, String offeredKey, String offeredFingerprint, Optional<String> trustedFingerprint) {
        super(trustedFingerprint.isEmpty()
                ? "host key of " + address + " is not trusted yet: " + offeredFingerprint + "; check it with the server's "
                        + "administrator, then accept it ('sources trust NAME')"
                : "WARNING: the host key of " + address + " HAS CHANGED: it is now " + offeredFingerprint + ", the accepted one is "
                        + trustedFingerprint.get() + ". Someone may be intercepting the connection; nothing was fetched. "
                        + "If the administrator confirms the new key, accept it with 'sources trust NAME --replace'");
        this.offeredKey = offeredKey;
        this.offeredFingerprint = offeredFingerprint;
        this.trustedFingerprint = trustedFingerprint;
    }

    public boolean changed() {
        return trustedFingerprint.isPresent();
    }

    /** The offered key as an OpenSSH public key line. */
    public String offeredKey() {
        return offeredKey;
    }

    public String offeredFingerprint() {
        return offeredFingerprint;
    }
}
