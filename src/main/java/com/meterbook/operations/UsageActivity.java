package com.meterbook.operations;

import com.meterbook.domain.DestinationClass;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.UsageKind;
import com.meterbook.ledger.ActivityStore;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.Periods;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How busy the ledger is: records rated today (the ledger's zone, by the clock), when the newest
 * record arrived, and a cycle's records per local day and destination class. Reads aggregates only.
 */
public final class UsageActivity {

    /** One day of a cycle: records per destination class, every class present. */
    public record Day(LocalDate date, Map<DestinationClass, Long> records) {
        public Day {
            records = Collections.unmodifiableMap(new EnumMap<>(records));
        }

        public long total() {
            return records.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** What was read, in one transaction. */
    public record Snapshot(long ratedToday, Optional<Instant> lastArrival, YearMonth period, List<Day> days) {
        public Snapshot {
            days = List.copyOf(days);
        }
    }

    private final Ledger ledger;
    private final Clock clock;

    public UsageActivity(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The activity, with every day of {@code period} in order (days without records count 0). */
    public Snapshot read(YearMonth period) {
        return ledger.inTransaction(session -> {
            LedgerSettings settings = RatingContext.settings(session);
            ZoneId zone = settings.zone();
            Instant today = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
            List<Map<DestinationClass, Long>> counts = new ArrayList<>();
            for (int d = 0; d < period.lengthOfMonth(); d++) {
                Map<DestinationClass, Long> zero = new EnumMap<>(DestinationClass.class);
                for (DestinationClass c : DestinationClass.values()) {
                    zero.put(c, 0L);
                }
                counts.add(zero);
            }
            String cc = settings.countryCode();
            return session.doReturningWork(c -> {
                ActivityStore store = new ActivityStore(c);
                store.perDay(Periods.toInt(period), zone, DestinationClass.decidingDigits(cc), (day, kind, lead, records) -> {
                    DestinationClass k = DestinationClass.of(UsageKind.valueOf(kind), lead == null ? "" : lead, cc);
                    if (day >= 1 && day <= counts.size()) { // a ledger whose zone changed may hold a stray day
                        counts.get(day - 1).merge(k, records, Long::sum);
                    }
                });
                List<Day> days = new ArrayList<>();
                for (int d = 0; d < counts.size(); d++) {
                    days.add(new Day(period.atDay(d + 1), counts.get(d)));
                }
                return new Snapshot(store.ratedSince(today), store.lastArrival(), period, days);
            });
        });
    }

    /** The cycle shown by default: the earliest open one with records, else this month. */
    public YearMonth defaultPeriod() {
        return ledger.inTransaction(session -> OpenCycle.next(session, clock));
    }

    /** An age as people say it: {@code 14 s ago}, {@code 3 min ago}, {@code 5 h ago}, {@code 2 days ago}. */
    public static String ago(java.time.Duration age) {
        long s = Math.max(0, age.toSeconds());
        if (s < 60) {
            return s + " s ago";
        }
        if (s < 3600) {
            return s / 60 + " min ago";
        }
        if (s < 48 * 3600) {
            return s / 3600 + " h ago";
        }
        return s / 86_400 + " days ago";
    }
}
