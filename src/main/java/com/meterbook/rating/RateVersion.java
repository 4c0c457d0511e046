package com.meterbook.rating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** All rows of one prefix of one owner sharing an {@code effective_from}, grouped by band. */
public record RateVersion(String owner, String prefix, LocalDate effectiveFrom, Map<String, List<RateRow>> rowsByBand) {

    /** Rows in the order steps look for them: largest slot first, then largest tier. */
    static final Comparator<RateRow> STEP_ORDER = Comparator.comparing(RateRow::slotFrom)
            .thenComparing(RateRow::tierFrom).reversed();

    static RateVersion of(String owner, String prefix, LocalDate effectiveFrom, List<RateRow> rows) {
        Map<String, List<RateRow>> byBand = new TreeMap<>();
        for (RateRow row : rows) {
            byBand.computeIfAbsent(row.band(), b -> new ArrayList<>()).add(row);
        }
        byBand.replaceAll((band, list) -> list.stream().sorted(STEP_ORDER).toList());
        return new RateVersion(owner, prefix, effectiveFrom, Map.copyOf(byBand));
    }

    /** The rows of the record's band, else the {@code *} rows, else nothing. */
    List<RateRow> rowsFor(String band) {
        List<RateRow> rows = band == null ? null : rowsByBand.get(band);
        return rows != null ? rows : rowsByBand.get(RateRow.ANY_BAND);
    }

    /** Bands of this version that lack a row at slot 0 and tier 0. */
    public List<String> bandsWithoutStartRow() {
        return rowsByBand.entrySet().stream()
                .filter(e -> e.getValue().stream().noneMatch(r -> r.slotFrom().signum() == 0 && r.tierFrom().signum() == 0))
                .map(Map.Entry::getKey)
                .toList();
    }
}
