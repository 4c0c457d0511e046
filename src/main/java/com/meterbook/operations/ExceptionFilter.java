package com.meterbook.operations;

import com.meterbook.ledger.ExceptionItem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which open exceptions to show: by reason, by source file (its name as imported) and by the local
 * date the item was queued, both ends included. Empty parts match everything.
 */
public record ExceptionFilter(Optional<String> reason, Optional<String> source, Optional<LocalDate> from, Optional<LocalDate> to) {

    public static final ExceptionFilter ALL = new ExceptionFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ExceptionFilter {
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("the date range ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
    }

    public boolean test(ExceptionItem item, ZoneId zone) {
        LocalDate queued = item.createdAt().atZone(zone).toLocalDate();
        return reason.map(r -> r.equals(item.reason())).orElse(true)
                && source.map(s -> s.equals(item.source())).orElse(true)
                && from.map(f -> !queued.isBefore(f)).orElse(true)
                && to.map(t -> !queued.isAfter(t)).orElse(true);
    }
}
