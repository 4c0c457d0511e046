package com.meterbook.rating;

import java.time.LocalDate;
import java.util.Objects;

/** On this local date every record is in {@code band}. */
public record Holiday(LocalDate date, String name, String band) {
    public Holiday {
        Objects.requireNonNull(date, "date");
        name = name == null ? "" : name;
        if (band == null || band.isBlank()) {
            throw new IllegalArgumentException("band is required");
        }
    }
}
