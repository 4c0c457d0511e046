package com.meterbook.rating;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One bands.csv row. A window whose end is after its start lies inside each listed day; one whose
 * end is not after its start begins on each listed day and ends on the next day; start equal to
 * end covers the whole listed calendar day. The end is exclusive.
 */
public record BandWindow(String band, Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    public BandWindow {
        if (band == null || band.isBlank() || "*".equals(band)) {
            throw new IllegalArgumentException("band name is required and cannot be *");
        }
        days = Set.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("days must list at least one day");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean matches(LocalDateTime local) {
        DayOfWeek day = local.getDayOfWeek();
        LocalTime time = local.toLocalTime();
        if (start.equals(end)) {
            return days.contains(day);
        }
        if (end.isAfter(start)) {
            return days.contains(day) && !time.isBefore(start) && time.isBefore(end);
        }
        return (days.contains(day) && !time.isBefore(start))
                || (days.contains(day.minus(1)) && time.isBefore(end));
    }

    /**
     * Parses {@code MON-FRI}, {@code SAT;SUN}, {@code MON-WED;FRI} or {@code FRI-MON} (wrapping).
     */
    public static Set<DayOfWeek> parseDays(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("days are empty");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : spec.split(";")) {
            String p = part.trim();
            int dash = p.indexOf('-');
            if (dash < 0) {
                days.add(day(p));
            } else {
                DayOfWeek from = day(p.substring(0, dash));
                DayOfWeek to = day(p.substring(dash + 1));
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(t) && t.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a day (MON..SUN): " + text.trim());
    }
}
