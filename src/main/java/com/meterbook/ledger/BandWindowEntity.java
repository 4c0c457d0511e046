package com.meterbook.ledger;

import com.meterbook.rating.BandWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalTime;

@Entity
@Table(name = "band_window")
class BandWindowEntity {
    @Id
    int position;
    String band;
    String days;
    @Column(name = "start_time")
    LocalTime startTime;
    @Column(name = "end_time")
    LocalTime endTime;

    static BandWindowEntity of(int position, String band, String days, LocalTime start, LocalTime end) {
        BandWindowEntity e = new BandWindowEntity();
        e.position = position;
        e.band = band;
        e.days = days;
        e.startTime = start;
        e.endTime = end;
        return e;
    }

    BandWindow toDomain() {
        return new BandWindow(band, BandWindow.parseDays(days), startTime, endTime);
    }
}
