package com.meterbook.ui.customers;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.Money;
import com.meterbook.ledger.CustomerQueries.LatestRecord;

import java.time.format.DateTimeFormatter;

/** One of a customer's latest records as shown: local start, quantity as stored, charge as money (none unless rated). */
public record RecordRow(String recordId, String start, String target, String band, String quantity, Money charge, String status) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static RecordRow of(LatestRecord r, LedgerSettings settings) {
        return new RecordRow(r.recordId(), LOCAL.format(r.start().atZone(settings.zone())), r.target(), r.band() == null ? "" : r.band(),
                r.quantity().toPlainString(), r.charge() == null ? null : settings.money(settings.atScale(r.charge())), r.status());
    }
}
