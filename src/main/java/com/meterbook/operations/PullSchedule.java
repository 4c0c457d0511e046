package com.meterbook.operations;

import com.meterbook.ledger.PullSourceRow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When sources are pulled on schedule: a source is due when it was never tried, or when its interval
 * has passed since its last attempt (successful or not), so a failing server is not hammered.
 */
public final class PullSchedule {

    /** The longest a scheduler waits between looks, so that new sources are seen within it. */
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private PullSchedule() {
    }

    public static boolean due(PullSourceRow row, Instant now) {
        return row.lastAttempt().map(last -> !now.isBefore(next(row, last))).orElse(true);
    }

    public static List<PullSourceRow> due(List<PullSourceRow> rows, Instant now) {
        return rows.stream().filter(r -> due(r, now)).toList();
    }

    /** How long until the next source is due (zero if one is), at most {@link #LONGEST_WAIT}. */
    public static Duration untilNext(List<PullSourceRow> rows, Instant now) {
        Duration wait = LONGEST_WAIT;
        for (PullSourceRow r : rows) {
            Instant at = r.lastAttempt().map(last -> next(r, last)).orElse(now);
            Duration d = at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            wait = d.compareTo(wait) < 0 ? d : wait;
        }
        return wait;
    }

    private static Instant next(PullSourceRow row, Instant last) {
        return last.plus(Duration.ofMinutes(row.everyMinutes()));
    }
}
