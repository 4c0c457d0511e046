package com.meterbook.operations;

import java.util.List;

/** What an exception action did to each item it was given. */
public record ActionResult(String action, List<Done> done, List<Skipped> skipped) {

    /** An item acted on: resolved (it left the queue) or still open with a new reason. */
    public record Done(long id, String recordId, boolean resolved, String detail) {
    }

    /** An item the action does not apply to, and why. */
    public record Skipped(long id, String why) {
    }

    public ActionResult {
        done = List.copyOf(done);
        skipped = List.copyOf(skipped);
    }

    public long resolved() {
        return done.stream().filter(Done::resolved).count();
    }

    public long stillOpen() {
        return done.size() - resolved();
    }

    /** {@code assign: resolved 2, still open 0, skipped 1}. */
    public String line() {
        return action + ": resolved " + resolved() + ", still open " + stillOpen() + ", skipped " + skipped.size();
    }
}
