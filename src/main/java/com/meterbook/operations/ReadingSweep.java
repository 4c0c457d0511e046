package com.meterbook.operations;

import com.meterbook.ledger.ReadingStore;
import com.meterbook.ledger.ReadingStore.StoredReading;
import com.meterbook.ledger.UsageRow;
import com.meterbook.ledger.UsageStore;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns cumulative meter readings into usage. Per meter, in (timestamp, id) order: the first
 * accepted reading is the baseline (0), each later one the difference with the previous accepted
 * reading, and a reading lower than that is refused (INVALID_RECORD, field reading). When new
 * readings arrive the meter's whole sequence is worked out again (a meter has a reading a day, not
 * millions), so the outcome is the same whatever order the readings came in; stored readings whose
 * meaning changed are handed back to be re-rated, queued or released.
 */
final class ReadingSweep {

    private final ReadingStore readings;
    private final UsageStore usage;

    ReadingSweep(ReadingStore readings, UsageStore usage) {
        this.readings = readings;
        this.usage = usage;
    }

    /** A refused reading and why. */
    record Refusal(UsageRow row, String detail) {
    }

    /**
     * @param refused   new readings to queue
     * @param demoted   stored readings, accepted before, now refused
     * @param released  stored readings, refused before, now accepted (their quantity is set)
     * @param requantified stored accepted readings whose quantity changed (set)
     */
    record Result(List<Refusal> refused, List<Refusal> demoted, List<UsageRow> released, List<UsageRow> requantified) {
    }

    private record Point(StoredReading stored, UsageRow fresh, BigDecimal value, String id, java.time.Instant at, String service) {
    }

    /** Sets the quantity of each new reading row (its record quantity is the register on entry). */
    Result apply(List<UsageRow> newRows) throws SQLException {
        Map<String, List<UsageRow>> byMeter = new LinkedHashMap<>();
        newRows.forEach(r -> byMeter.computeIfAbsent(r.record.caller(), m -> new ArrayList<>()).add(r));
        List<Refusal> refused = new ArrayList<>();
        Map<Long, String> demotedDetail = new LinkedHashMap<>();
        Map<Long, BigDecimal> released = new LinkedHashMap<>();
        Map<Long, BigDecimal> requantified = new LinkedHashMap<>();
        List<StoredReading> toSave = new ArrayList<>();
        for (Map.Entry<String, List<UsageRow>> meter : byMeter.entrySet()) {
            List<Point> points = new ArrayList<>();
            for (StoredReading s : readings.forMeter(meter.getKey())) {
                points.add(new Point(s, null, s.reading(), s.readingId(), s.readAt(), s.service()));
            }
            for (UsageRow r : meter.getValue()) {
                points.add(new Point(null, r, r.record.quantity(), r.recordId(), r.start(), r.record.target()));
            }
            points.sort(Comparator.comparing(Point::at).thenComparing(Point::id, com.meterbook.domain.CodePointOrder.COMPARATOR));
            Point last = null;
            for (Point p : points) {
                boolean accepted = last == null || p.value().compareTo(last.value()) >= 0;
                BigDecimal quantity = !accepted ? null : last == null ? BigDecimal.ZERO : p.value().subtract(last.value());
                String refusal = accepted ? null : "reading " + p.value().toPlainString() + " is lower than the previous accepted reading "
                        + last.value().toPlainString() + " (" + last.id() + ")";
                long rowId = p.fresh() != null ? p.fresh().rowId : p.stored().rowId();
                if (p.fresh() != null) {
                    if (accepted) {
                        p.fresh().record = p.fresh().record.withQuantity(quantity);
                    } else {
                        refused.add(new Refusal(p.fresh(), refusal));
                    }
                    toSave.add(new StoredReading(meter.getKey(), p.at(), p.id(), p.service(), p.value(), accepted, quantity, rowId));
                } else {
                    StoredReading s = p.stored();
                    if (s.accepted() && !accepted) {
                        demotedDetail.put(rowId, refusal);
                    } else if (!s.accepted() && accepted) {
                        released.put(rowId, quantity);
                    } else if (accepted && (s.quantity() == null || s.quantity().compareTo(quantity) != 0)) {
                        requantified.put(rowId, quantity);
                    }
                    if (s.accepted() != accepted || (accepted && (s.quantity() == null || s.quantity().compareTo(quantity) != 0))) {
                        toSave.add(new StoredReading(s.meter(), s.readAt(), s.readingId(), s.service(), s.reading(), accepted, quantity, rowId));
                    }
                }
                if (accepted) {
                    last = p;
                }
            }
        }
        readings.save(toSave);
        Map<Long, UsageRow> loaded = new HashMap<>();
        List<Long> ids = new ArrayList<>(demotedDetail.keySet());
        ids.addAll(released.keySet());
        ids.addAll(requantified.keySet());
        usage.load(ids).forEach(r -> loaded.put(r.rowId, r));
        List<Refusal> demoted = new ArrayList<>();
        demotedDetail.forEach((id, detail) -> demoted.add(new Refusal(loaded.get(id), detail)));
        return new Result(refused, demoted, withQuantities(released, loaded), withQuantities(requantified, loaded));
    }

    private static List<UsageRow> withQuantities(Map<Long, BigDecimal> quantities, Map<Long, UsageRow> loaded) {
        List<UsageRow> rows = new ArrayList<>();
        quantities.forEach((id, q) -> {
            UsageRow row = loaded.get(id);
            row.record = row.record.withQuantity(q);
            rows.add(row);
        });
        return rows;
    }
}
