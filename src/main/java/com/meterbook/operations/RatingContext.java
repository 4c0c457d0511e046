package com.meterbook.operations;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.CycleStore;
import com.meterbook.ledger.MasterDataStore;
import com.meterbook.rating.RatingEngine;
import org.hibernate.Session;

import java.time.YearMonth;
import java.util.Set;

/** Everything rating needs, read from the ledger once per operation. */
public final class RatingContext {

    private RatingContext() {
    }

    /** The ledger's settings; {@code Ledger.open} wrote the defaults into a ledger never initialised. */
    public static LedgerSettings settings(Session session) {
        return new MasterDataStore(session).settings()
                .orElseThrow(() -> new IllegalStateException("the ledger has no settings row"));
    }

    /**
     * An engine that describes stored records (destination, rate in force) in any cycle, closed ones
     * included: for reading only, never for rating new records (it would not queue late ones).
     */
    public static RatingEngine describing(Session session) {
        MasterDataStore master = new MasterDataStore(session);
        return new RatingEngine(settings(session), master.directory(), master.rateTable(), master.calendar(), period -> false);
    }

    public static RatingEngine load(Session session) {
        MasterDataStore master = new MasterDataStore(session);
        LedgerSettings settings = settings(session);
        Set<YearMonth> closed = new CycleStore(session).closedPeriods();
        return new RatingEngine(settings, master.directory(), master.rateTable(), master.calendar(), closed::contains);
    }
}
