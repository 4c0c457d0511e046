package com.meterbook.sources;

import java.time.Duration;
import java.util.Objects;

/**
 * How a dropped or refused connection is retried: after {@code first}, then twice as long each time
 * up to {@code cap}, for at most {@code attempts} attempts in all. The sleeper is injectable so that
 * tests see the delays without waiting them.
 */
public record Backoff(Duration first, Duration cap, int attempts, Sleeper sleeper) {

    /** Waits; a test's sleeper records instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration delay) throws InterruptedException;
    }

    public static final Sleeper REAL = delay -> Thread.sleep(delay.toMillis());

    /** 1 s, 2 s, 4 s, 8 s: five attempts over about a quarter of a minute. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 5, REAL);
    }

    public Backoff {
        Objects.requireNonNull(first);
        Objects.requireNonNull(cap);
        Objects.requireNonNull(sleeper);
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The wait before attempt {@code n} (2 for the first retry). */
    public Duration delayBefore(int n) {
        Duration d = first;
        for (int i = 2; i < n && d.compareTo(cap) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(cap) > 0 ? cap : d;
    }
}
