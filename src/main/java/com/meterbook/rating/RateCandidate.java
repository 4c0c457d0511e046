package com.meterbook.rating;

import java.time.LocalDate;
import java.util.List;

/**
 * One prefix that rating tried for a record, in the order tried (overrides before plan, longest
 * prefix first).
 *
 * @param owner      {@code account:C1} (override rows) or {@code plan:BIZ}
 * @param version    the version in force on the record's date, or null when none was yet
 * @param rowsOfBand the band whose rows apply ({@code *} for any time), or null when the version has none for the record
 * @param rows       the rows of that band, in step order (empty when none applied)
 * @param matched    whether this candidate priced the record
 */
public record RateCandidate(String owner, String prefix, LocalDate version, String rowsOfBand, List<RateRow> rows,
                            boolean matched, String note) {

    public RateCandidate {
        rows = List.copyOf(rows);
    }

    public boolean isOverride() {
        return owner.startsWith("account:");
    }

    static RateCandidate notInForce(String owner, String prefix, LocalDate firstVersion, LocalDate date) {
        return new RateCandidate(owner, prefix, null, null, List.of(), false,
                "no version in force on " + date + " (the first starts " + firstVersion + ")");
    }

    static RateCandidate noRowsForBand(String owner, String prefix, LocalDate version, String band) {
        return new RateCandidate(owner, prefix, version, null, List.of(), false,
                "version " + version + " has no rows for " + (band == null ? "records without a band" : "band " + band) + " nor * rows");
    }

    static RateCandidate matched(String owner, String prefix, LocalDate version, String band, List<RateRow> rows) {
        String used = rows.getFirst().band();
        String note = !RateRow.ANY_BAND.equals(used) ? "rows of band " + used
                : band == null ? "no band at this time: the * rows apply" : "no " + band + " rows in this version: the * rows apply";
        return new RateCandidate(owner, prefix, version, used, rows, true, note);
    }
}
