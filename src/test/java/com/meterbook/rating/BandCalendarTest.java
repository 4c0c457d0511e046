package com.meterbook.rating;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 2025-01-06 is a Monday; 2025-01-11 a Saturday. */
class BandCalendarTest {

    private static BandWindow window(String band, String days, String start, String end) {
        return new BandWindow(band, BandWindow.parseDays(days), LocalTime.parse(start), LocalTime.parse(end));
    }

    private static final BandWindow PEAK = window("PEAK", "MON-FRI", "08:00", "18:00");
    private static final BandWindow NIGHT = window("NIGHT", "MON-FRI", "22:00", "06:00");
    private static final BandWindow WEEKEND = window("WEEKEND", "SAT;SUN", "00:00", "00:00");

    private static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Test
    void namesTheBandOfTheFirstMatchingRow() {
        BandCalendar calendar = new BandCalendar(List.of(PEAK, NIGHT, WEEKEND), List.of());
        assertThat(calendar.bandAt(at("2025-01-06T09:00"))).contains("PEAK");
        assertThat(calendar.bandAt(at("2025-01-06T23:00"))).contains("NIGHT");
        // Saturday 03:00 is in Friday's NIGHT window and in WEEKEND: NIGHT is listed first
        assertThat(calendar.bandAt(at("2025-01-11T03:00"))).contains("NIGHT");
        assertThat(calendar.bandAt(at("2025-01-11T09:00"))).contains("WEEKEND");
    }

    @Test
    void rowOrderDecidesOverlaps() {
        BandWindow always = window("FLAT", "MON-SUN", "00:00", "00:00");
        assertThat(new BandCalendar(List.of(PEAK, always), List.of()).bandAt(at("2025-01-06T09:00"))).contains("PEAK");
        assertThat(new BandCalendar(List.of(PEAK, always), List.of()).bandAt(at("2025-01-06T19:00"))).contains("FLAT");
        assertThat(new BandCalendar(List.of(always, PEAK), List.of()).bandAt(at("2025-01-06T09:00"))).contains("FLAT");
    }

    @Test
    void noMatchingRowMeansNoBand() {
        BandCalendar calendar = new BandCalendar(List.of(PEAK, NIGHT, WEEKEND), List.of());
        // Monday 07:00: before PEAK, and Sunday's night is not listed
        assertThat(calendar.bandAt(at("2025-01-06T07:00"))).isEmpty();
        assertThat(calendar.bandAt(at("2025-01-06T03:00"))).isEmpty();
        assertThat(BandCalendar.EMPTY.bandAt(at("2025-01-06T09:00"))).isEmpty();
    }

    @Test
    void aHolidayPutsTheWholeLocalDateInItsBand() {
        Holiday newYear = new Holiday(LocalDate.parse("2025-01-06"), "Test holiday", "OFFPEAK");
        BandCalendar calendar = new BandCalendar(List.of(PEAK, NIGHT, WEEKEND), List.of(newYear));
        // inside PEAK's hours, outside any window, and at both ends of the date
        assertThat(calendar.bandAt(at("2025-01-06T09:00"))).contains("OFFPEAK");
        assertThat(calendar.bandAt(at("2025-01-06T07:00"))).contains("OFFPEAK");
        assertThat(calendar.bandAt(at("2025-01-06T00:00"))).contains("OFFPEAK");
        assertThat(calendar.bandAt(at("2025-01-06T23:59:59"))).contains("OFFPEAK");
        // the next day is back to the windows
        assertThat(calendar.bandAt(at("2025-01-07T09:00"))).contains("PEAK");
        // the early hours of the holiday's next day stay in the previous night's window
        assertThat(calendar.bandAt(at("2025-01-07T03:00"))).contains("NIGHT");
    }
}
