package com.meterbook.operations;

import java.time.Instant;

/** One line of an exception item's history: when, who, what, and what came of it. */
public record HistoryEntry(Instant at, String actor, String action, String detail) {
}
