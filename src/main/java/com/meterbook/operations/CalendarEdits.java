package com.meterbook.operations;

import com.meterbook.ingest.FieldException;
import com.meterbook.ingest.MasterDataCsv;
import com.meterbook.ledger.ImportLog;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.MasterDataStore;
import com.meterbook.ledger.MasterDataStore.BandRow;
import com.meterbook.rating.Holiday;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Edits of the band windows and holidays, saved together in one audited transaction. Checks span rows:
 * two holidays on one date, a holiday whose band is not in the band table.
 */
public final class CalendarEdits {

    /** The band table and the holidays as stored. */
    public record Calendar(List<BandRow> bands, List<Holiday> holidays) {
    }

    private final Ledger ledger;
    private final Clock clock;
    private final String actor;

    public CalendarEdits(Ledger ledger, Clock clock, String actor) {
        this.ledger = ledger;
        this.clock = clock;
        this.actor = actor;
    }

    public Calendar calendar() {
        return ledger.inTransaction(s -> {
            MasterDataStore store = new MasterDataStore(s);
            return new Calendar(store.bandRows(), store.holidays());
        });
    }

    /** Names that rate rows may use besides {@code *}: the band table's and the holidays'. */
    static Set<String> bandNames(MasterDataStore store) {
        Set<String> names = new TreeSet<>();
        store.bandRows().forEach(b -> names.add(b.band()));
        store.holidays().forEach(h -> names.add(h.band()));
        return names;
    }

    public Set<String> bandNames() {
        return ledger.inTransaction(s -> bandNames(new MasterDataStore(s)));
    }

    /** Checks one band row with the bands.csv rules. */
    public static BandRow band(String band, String days, String start, String end) throws FieldException {
        MasterDataCsv.BandLine line = MasterDataCsv.bandLine(band, days, start, end);
        return new BandRow(line.band(), line.days(), line.start(), line.end());
    }

    /** Problems between holidays, by index: a date listed twice, a band the band table lacks. */
    public static Map<Integer, String> holidayProblems(List<Holiday> holidays, Set<String> bands) {
        Map<Integer, String> problems = new TreeMap<>();
        Map<LocalDate, Integer> first = new HashMap<>();
        for (int i = 0; i < holidays.size(); i++) {
            Holiday h = holidays.get(i);
            Integer earlier = first.putIfAbsent(h.date(), i);
            if (earlier != null) {
                problems.put(i, "date " + h.date() + " is also row " + (earlier + 1));
            } else if (!bands.contains(h.band())) {
                problems.put(i, "band '" + h.band() + "' is not in the band table");
            }
        }
        return problems;
    }

    /** Replaces the band table and the holidays. */
    public void replace(List<BandRow> bands, List<Holiday> holidays) throws RateEdits.Rejected {
        Set<String> names = new TreeSet<>();
        bands.forEach(b -> names.add(b.band()));
        Map<Integer, String> problems = holidayProblems(holidays, names);
        if (!problems.isEmpty()) {
            var f = problems.entrySet().iterator().next();
            throw new RateEdits.Rejected("holiday " + (f.getKey() + 1) + ": " + f.getValue());
        }
        ledger.run(session -> {
            MasterDataStore store = new MasterDataStore(session);
            store.replaceBands(bands);
            store.replaceHolidays(holidays);
            new ImportLog(session).audit(clock.instant(), actor, "calendar edit", "bands and holidays",
                    bands.size() + " band windows, " + holidays.size() + " holidays");
        });
    }
}
