package com.meterbook.operations;

import com.meterbook.ledger.PullSourceRow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A source is due when never tried or its interval has passed since its last attempt. */
class PullScheduleTest {

    private static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");

    private static PullSourceRow source(String name, int every, Optional<Instant> lastAttempt) {
        return new PullSourceRow(1, name, "h", 22, "u", Optional.empty(), Optional.of("v1:x"), "/", "*", every, Optional.empty(),
                Optional.empty(), lastAttempt, Optional.empty(), 0, Optional.empty());
    }

    @Test
    void dueWhenNeverTriedOrTheIntervalPassed() {
        PullSourceRow never = source("never", 5, Optional.empty());
        PullSourceRow recent = source("recent", 5, Optional.of(NOW.minusSeconds(299)));
        PullSourceRow old = source("old", 5, Optional.of(NOW.minusSeconds(300)));

        assertThat(PullSchedule.due(List.of(never, recent, old), NOW)).extracting(PullSourceRow::name).containsExactly("never", "old");
        assertThat(PullSchedule.untilNext(List.of(recent), NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat(PullSchedule.untilNext(List.of(old, recent), NOW)).isZero();
        assertThat(PullSchedule.untilNext(List.of(source("hourly", 60, Optional.of(NOW))), NOW)).isEqualTo(PullSchedule.LONGEST_WAIT);
        assertThat(PullSchedule.untilNext(List.of(), NOW)).isEqualTo(PullSchedule.LONGEST_WAIT);
    }
}
