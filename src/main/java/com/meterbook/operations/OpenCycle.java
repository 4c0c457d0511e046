package com.meterbook.operations;

import com.meterbook.ledger.CycleStore;
import org.hibernate.Session;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;

/** The open cycle that screens and commands mean by default: the earliest open one with records, else this month. */
public final class OpenCycle {

    private OpenCycle() {
    }

    public static YearMonth next(Session session, Clock clock) {
        CycleStore cycles = new CycleStore(session);
        Set<YearMonth> open = new TreeSet<>(cycles.periodsWithRecords());
        open.removeAll(cycles.closedPeriods());
        return open.isEmpty() ? YearMonth.now(clock.withZone(RatingContext.settings(session).zone())) : open.iterator().next();
    }
}
