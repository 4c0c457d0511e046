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
        int w = windowAt(local);
        return w < 0 ? Optional.empty() : Optional.of(windows.get(w).band());
    }

    /** Why {@link #bandAt} names the band it names, in words: the holiday, the window (1-based, as in bands.csv), or none. */
    public String reasonAt(LocalDateTime local) {
        Holiday holiday = holidays.get(local.toLocalDate());
        if (holiday != null) {
            return "holiday " + holiday.date() + (holiday.name().isEmpty() ? "" : " (" + holiday.name() + ")") + ": band " + holiday.band();
        }
        int w = windowAt(local);
        if (w < 0) {
            return "no holiday and no band window covers " + local.getDayOfWeek() + " " + local.toLocalTime() + ": no band";
        }
        BandWindow window = windows.get(w);
        return "window " + (w + 1) + " of bands.csv covers " + local.getDayOfWeek() + " " + local.toLocalTime() + ": band "
                + window.band() + " (" + window.start() + " to " + window.end() + ")";
    }

    /** The index of the first window that matches, or -1. */
    private int windowAt(LocalDateTime local) {
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i).matches(local)) {
                return i;
            }
        }
        return -1;
    }

    public List<BandWindow> windows() {
        return windows;
    }

    public Collection<Holiday> holidays() {
        return holidays.values();
    }
}
