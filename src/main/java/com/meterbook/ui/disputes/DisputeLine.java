package com.meterbook.ui.disputes;

import com.meterbook.ledger.DisputeStore;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One dispute in the log, as shown: times in the ledger's zone. */
public record DisputeLine(long id, String status, String target, String account, String opened, String author, String creditNote,
                          String reason) {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static DisputeLine of(DisputeStore.Row d, ZoneId zone) {
        return new DisputeLine(d.id(), d.status().label(), d.target().toString(), d.account(), WHEN.format(d.openedAt().atZone(zone)),
                d.author(), d.creditNote().orElse(""), d.reason());
    }
}
