package com.meterbook.ui.sources;

import com.meterbook.ledger.PullSourceRow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** One row of the sources table, as shown: times in the ledger's zone, the last error or "ok". */
public record SourceLine(String name, String address, String folder, int everyMinutes, String lastPull, String lastSuccess,
                         int lastFetched, String status) {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static SourceLine of(PullSourceRow r, ZoneId zone) {
        String status = r.lastError().orElse(r.lastAttempt().isPresent() ? "ok"
                : r.hostKey().isPresent() ? "not pulled yet" : "not pulled yet; host key not accepted");
        return new SourceLine(r.name(), r.user() + "@" + r.host() + ":" + r.port(), r.remoteDir() + "/" + r.pattern(),
                r.everyMinutes(), when(r.lastAttempt(), zone), when(r.lastSuccess(), zone), r.lastFetched(), status);
    }

    private static String when(Optional<Instant> at, ZoneId zone) {
        return at.map(i -> WHEN.format(i.atZone(zone))).orElse("never");
    }

    public boolean failing() {
        return !"ok".equals(status) && !status.startsWith("not pulled yet");
    }
}
