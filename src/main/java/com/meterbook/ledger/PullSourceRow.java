package com.meterbook.ledger;

import java.time.Instant;
import java.util.Optional;

/** One pull source as stored: the password only sealed, the accepted host key as an OpenSSH line. */
public record PullSourceRow(long id, String name, String host, int port, String user, Optional<String> keyFile,
                            Optional<String> sealedPassword, String remoteDir, String pattern, int everyMinutes,
                            Optional<String> hostKey, Optional<String> offeredHostKey, Optional<Instant> lastAttempt,
                            Optional<Instant> lastSuccess, int lastFetched, Optional<String> lastError) {
}
