package com.meterbook.ledger;

import com.meterbook.rating.Holiday;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "holiday")
class HolidayEntity {
    @Id
    @Column(name = "holiday_date")
    LocalDate date;
    String name;
    String band;

    void assign(Holiday h) {
        date = h.date();
        name = h.name();
        band = h.band();
    }

    Holiday toDomain() {
        return new Holiday(date, name, band);
    }
}
