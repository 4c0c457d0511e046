package com.meterbook.operations;

import com.meterbook.billing.RecurringCharge;
import com.meterbook.domain.Customer;
import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ingest.MasterDataCsv;
import com.meterbook.ingest.MasterDataCsv.Line;
import com.meterbook.ledger.ImportLog;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.MasterDataStore;
import com.meterbook.rating.CustomerDirectory;
import com.meterbook.rating.Holiday;
import com.meterbook.rating.RateRow;
import com.meterbook.rating.RateTable;
import com.meterbook.rating.RateVersion;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Imports customers, rates, bands, holidays and recurring charges: each file whole, in one transaction, or not at all. */
public final class MasterDataImport {

    private final Ledger ledger;
    private final Clock clock;
    private final String actor;

    public MasterDataImport(Ledger ledger, Clock clock, String actor) {
        this.ledger = ledger;
        this.clock = clock;
        this.actor = actor;
    }

    public int customers(Path file) throws FileRejectedException {
        var settings = ledger.inTransaction(RatingContext::settings);
        List<Line<Customer>> lines = MasterDataCsv.customers(file, settings.normaliser());
        Map<String, Line<Customer>> byAccount = new LinkedHashMap<>();
        for (Line<Customer> l : lines) {
            byAccount.put(l.value().account(), l);
        }
        return apply(file, "customers import", lines.size(), session -> {
            MasterDataStore store = new MasterDataStore(session);
            Map<String, Customer> merged = new LinkedHashMap<>();
            store.customers().forEach(c -> merged.put(c.account(), c));
            byAccount.values().forEach(l -> merged.put(l.value().account(), l.value()));
            Map<String, Long> lineOfNumber = new HashMap<>();
            for (Line<Customer> l : lines) {
                l.value().numbers().forEach(n -> lineOfNumber.put(n, l.line()));
            }
            CustomerDirectory directory = new CustomerDirectory(merged.values());
            if (!directory.sharedNumbers().isEmpty()) {
                String shared = directory.sharedNumbers().getFirst();
                String number = shared.substring(0, shared.indexOf(' '));
                throw new Rejected(new FileRejectedException(file, lineOfNumber.getOrDefault(number, 0L), "numbers",
                        "number " + shared));
            }
            store.upsertCustomers(byAccount.values().stream().map(Line::value).toList());
        });
    }

    public int rates(Path file) throws FileRejectedException {
        List<Line<RateRow>> lines = MasterDataCsv.rates(file);
        return apply(file, "rates import", lines.size(), session -> {
            MasterDataStore store = new MasterDataStore(session);
            List<RateRow> merged = new ArrayList<>(store.rateRows());
            lines.forEach(l -> merged.add(l.value()));
            Map<String, Long> firstLineOfVersion = new HashMap<>();
            for (Line<RateRow> l : lines) {
                firstLineOfVersion.putIfAbsent(versionKey(l.value().owner(), l.value().prefix(), l.value().effectiveFrom().toString()), l.line());
            }
            for (RateVersion v : RateTable.of(merged).versions()) {
                Long line = firstLineOfVersion.get(versionKey(v.owner(), v.prefix(), v.effectiveFrom().toString()));
                List<String> missing = v.bandsWithoutStartRow();
                if (line != null && !missing.isEmpty()) {
                    throw new Rejected(new FileRejectedException(file, line, "slot_from", "version of prefix '" + v.prefix() + "' ("
                            + v.owner() + ") effective " + v.effectiveFrom() + " has no row at slot 0 and tier 0 for band " + missing.getFirst()));
                }
            }
            store.mergeRateRows(lines.stream().map(Line::value).toList());
        });
    }

    public int bands(Path file) throws FileRejectedException {
        List<Line<MasterDataCsv.BandLine>> lines = MasterDataCsv.bands(file);
        return apply(file, "bands import", lines.size(), session -> new MasterDataStore(session).replaceBands(lines.stream()
                .map(l -> new MasterDataStore.BandRow(l.value().band(), l.value().days(), l.value().start(), l.value().end())).toList()));
    }

    public int holidays(Path file) throws FileRejectedException {
        List<Line<Holiday>> lines = MasterDataCsv.holidays(file);
        return apply(file, "holidays import", lines.size(),
                session -> new MasterDataStore(session).upsertHolidays(lines.stream().map(Line::value).toList()));
    }

    public int recurring(Path file) throws FileRejectedException {
        List<Line<RecurringCharge>> lines = MasterDataCsv.recurring(file);
        return apply(file, "recurring import", lines.size(),
                session -> new MasterDataStore(session).upsertRecurring(lines.stream().map(Line::value).toList()));
    }

    private static String versionKey(String owner, String prefix, String date) {
        return owner + "|" + prefix + "|" + date;
    }

    private int apply(Path file, String action, int rows, java.util.function.Consumer<org.hibernate.Session> work) throws FileRejectedException {
        try {
            ledger.run(session -> {
                work.accept(session);
                new ImportLog(session).audit(clock.instant(), actor, action, file.getFileName().toString(), rows + " rows");
            });
            return rows;
        } catch (Rejected r) {
            throw r.rejection;
        }
    }

    /** Carries a rejection out of a transaction so that it rolls back. */
    private static final class Rejected extends RuntimeException {
        final FileRejectedException rejection;

        Rejected(FileRejectedException rejection) {
            super(rejection.getMessage(), null, false, false);
            this.rejection = rejection;
        }
    }
}
