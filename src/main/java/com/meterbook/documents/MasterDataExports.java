package com.meterbook.documents;

import com.meterbook.ingest.MasterDataCsv;
import com.meterbook.ledger.MasterDataStore.BandRow;
import com.meterbook.rating.Holiday;
import com.meterbook.rating.RateRow;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Rates, bands and holidays in the formats {@code rates|bands|holidays import} read, so that an export
 * imported again gives the same rows. Numbers are written plainly, without trailing zeros.
 */
public final class MasterDataExports {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private MasterDataExports() {
    }

    public static void rates(List<RateRow> rows, Path out) {
        CsvExports.write(out, MasterDataCsv.RATES, csv -> {
            for (RateRow r : rows) {
                csv.printRecord(r.plan(), r.account(), r.prefix(), r.destination(), r.band(), r.effectiveFrom().toString(),
                        CsvExports.plain(r.connectFee()), CsvExports.plain(r.rate()), CsvExports.plain(r.per()),
                        CsvExports.plain(r.increment()), CsvExports.plain(r.slotFrom()), CsvExports.plain(r.tierFrom()),
                        CsvExports.plain(r.minCharge()));
            }
        });
    }

    public static void bands(List<BandRow> rows, Path out) {
        CsvExports.write(out, MasterDataCsv.BANDS, csv -> {
            for (BandRow b : rows) {
                csv.printRecord(b.band(), b.days(), time(b.start()), time(b.end()));
            }
        });
    }

    public static void holidays(List<Holiday> rows, Path out) {
        CsvExports.write(out, MasterDataCsv.HOLIDAYS, csv -> {
            for (Holiday h : rows) {
                csv.printRecord(h.date().toString(), h.name(), h.band());
            }
        });
    }

    /** {@code HH:MM}, with seconds only when a window has them. */
    public static String time(LocalTime t) {
        return t.getSecond() == 0 && t.getNano() == 0 ? HH_MM.format(t) : t.toString();
    }
}
