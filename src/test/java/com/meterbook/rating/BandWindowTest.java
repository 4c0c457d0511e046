package com.meterbook.rating;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** bands.csv windows. 2025-01-06 is a Monday, 2025-01-10 a Friday, 2025-01-11 a Saturday. */
class BandWindowTest {

    private static BandWindow window(String band, String days, String start, String end) {
        return new BandWindow(band, BandWindow.parseDays(days), LocalTime.parse(start), LocalTime.parse(end));
    }

    @ParameterizedTest(name = "[{index}] PEAK MON-FRI 08:00-18:00 at {0}: {1}")
    @CsvSource(textBlock = """
            2025-01-06T07:59:59,      false
            2025-01-06T08:00,         true
            2025-01-06T12:00,         true
            2025-01-06T17:59:59.999,  true
            2025-01-06T18:00,         false
            2025-01-10T17:00,         true
            2025-01-11T12:00,         false
            2025-01-12T12:00,         false
            """)
    void daytimeWindowIncludesItsStartAndExcludesItsEnd(LocalDateTime local, boolean inside) {
        assertThat(window("PEAK", "MON-FRI", "08:00", "18:00").matches(local)).isEqualTo(inside);
    }

    @ParameterizedTest(name = "[{index}] NIGHT MON-FRI 22:00-06:00 at {0}: {1}")
    @CsvSource(textBlock = """
            # Monday 21:59 before the window; Monday 22:00 it begins
            2025-01-06T21:59,     false
            2025-01-06T22:00,     true
            # Tuesday 03:00: Monday's window runs on into Tuesday
            2025-01-07T03:00,     true
            2025-01-07T05:59:59,  true
            2025-01-07T06:00,     false
            # Friday 23:00 and Saturday 03:00 (Friday's window); not Saturday 23:00
            2025-01-10T23:00,     true
            2025-01-11T03:00,     true
            2025-01-11T23:00,     false
            # Monday 03:00 would be Sunday's window, and Sunday is not listed
            2025-01-06T03:00,     false
            2025-01-13T03:00,     false
            """)
    void overnightWindowBeginsOnEachListedDayAndEndsOnTheNext(LocalDateTime local, boolean inside) {
        assertThat(window("NIGHT", "MON-FRI", "22:00", "06:00").matches(local)).isEqualTo(inside);
    }

    @Test
    void overnightWindowEndingAtMidnightCoversOnlyTheListedEvening() {
        BandWindow evening = window("EVE", "MON", "18:00", "00:00");
        assertThat(evening.matches(LocalDateTime.parse("2025-01-06T23:59:59"))).isTrue();
        assertThat(evening.matches(LocalDateTime.parse("2025-01-07T00:00"))).isFalse();
        assertThat(evening.matches(LocalDateTime.parse("2025-01-06T17:59"))).isFalse();
    }

    @ParameterizedTest(name = "[{index}] WEEKEND SAT;SUN start==end at {0}: {1}")
    @CsvSource(textBlock = """
            2025-01-10T23:59:59,  false
            2025-01-11T00:00,     true
            2025-01-11T11:59,     true
            2025-01-12T23:59:59,  true
            2025-01-13T00:00,     false
            """)
    void startEqualToEndCoversTheWholeListedCalendarDay(LocalDateTime local, boolean inside) {
        // 12:00-12:00 is the whole calendar day, not noon to noon
        assertThat(window("WEEKEND", "SAT;SUN", "12:00", "12:00").matches(local)).isEqualTo(inside);
        assertThat(window("WEEKEND", "SAT;SUN", "00:00", "00:00").matches(local)).isEqualTo(inside);
    }

    @Test
    void parsesRangesListsAndWrappingRanges() {
        assertThat(BandWindow.parseDays("MON-FRI")).containsExactlyInAnyOrder(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
        assertThat(BandWindow.parseDays("SAT;SUN")).containsExactlyInAnyOrder(SATURDAY, SUNDAY);
        assertThat(BandWindow.parseDays("MON-WED;FRI")).containsExactlyInAnyOrder(MONDAY, TUESDAY, WEDNESDAY, FRIDAY);
        assertThat(BandWindow.parseDays("FRI-MON")).containsExactlyInAnyOrder(FRIDAY, SATURDAY, SUNDAY, MONDAY);
        assertThat(BandWindow.parseDays("sun")).containsExactly(DayOfWeek.SUNDAY);
    }

    @Test
    void rejectsUnknownDaysAndTheStarBand() {
        assertThatThrownBy(() -> BandWindow.parseDays("MO")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BandWindow.parseDays("XYZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BandWindow.parseDays("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> window("*", "MON", "08:00", "18:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
