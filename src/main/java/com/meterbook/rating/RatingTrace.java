package com.meterbook.rating;

/**
 * Hears the choices rating makes while it makes them, so that an explanation reports the steps the
 * engine took instead of working them out a second time. The import passes {@link #NONE}.
 */
@FunctionalInterface
public interface RatingTrace {

    RatingTrace NONE = candidate -> { };

    /** A prefix of the customer's rows that was tried, and what came of it. */
    void candidate(RateCandidate candidate);
}
