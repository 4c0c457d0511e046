package com.meterbook.rating;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Names the band of a local start time: a holiday's band, else the first matching window. */
public final class BandCalendar {

    public static final BandCalendar EMPTY = new BandCalendar(List.of(), List.of());

    private final List<BandWindow> windows;
    private final Map<LocalDate, Holiday> holidays = new HashMap<>();

    public BandCalendar(List<BandWindow> windows, Collection<Holiday> holidays) {
        this.windows = List.copyOf(windows);
        holidays.forEach(h -> this.holidays.put(h.date(), h));
    }

    public Optional<String> bandAt(LocalDateTime local) {
        Holiday holiday = holidays.get(local.toLocalDate());
        if (holiday != null) {
            return Optional.of(holiday.band());
        }
        for (BandWindow w : windows) {
            if (w.matches(local)) {
                return Optional.of(w.band());
            }
        }
        return Optional.empty();
    }

    public List<BandWindow> windows() {
        return windows;
    }

    public Collection<Holiday> holidays() {
        return holidays.values();
    }
}
