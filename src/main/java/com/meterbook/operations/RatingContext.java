package com.meterbook.operations;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.CycleStore;
import com.meterbook.ledger.MasterDataStore;
import com.meterbook.rating.RatingEngine;
import org.hibernate.Session;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;

/** Everything rating needs, read from the ledger once per operation. */
public final class RatingContext {

    private RatingContext() {
    }

    public static LedgerSettings settings(Session session) {
        MasterDataStore master = new MasterDataStore(session);
        return master.settings().orElseGet(() -> {
            LedgerSettings defaults = LedgerSettings.defaults(ZoneId.systemDefault());
            master.saveSettings(defaults);
            return defaults;
        });
    }

    public static RatingEngine load(Session session) {
        MasterDataStore master = new MasterDataStore(session);
        LedgerSettings settings = settings(session);
        Set<YearMonth> closed = new CycleStore(session).closedPeriods();
        return new RatingEngine(settings, master.directory(), master.rateTable(), master.calendar(), closed::contains);
    }
}
