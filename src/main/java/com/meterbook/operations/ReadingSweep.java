package com.meterbook.operations;

import com.meterbook.ledger.ReadingStore;
import com.meterbook.ledger.UsageRow;
import com.meterbook.ledger.UsageStore;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns cumulative meter readings into usage: the first accepted reading of a meter is its
 * baseline (0), each later one the difference with the previous accepted reading in (timestamp, id)
 * order; a reading lower than that is refused (INVALID_RECORD, field reading). A reading that
 * arrives before stored ones changes the quantity of the next accepted one, which is re-rated.
 */
final class ReadingSweep {

    private final ReadingStore readings;
    private final UsageStore usage;

    ReadingSweep(ReadingStore readings, UsageStore usage) {
        this.readings = readings;
        this.usage = usage;
    }

    /** A refused reading: the caller queues it. */
    record Refusal(UsageRow row, String detail) {
    }

    record Result(List<Refusal> refused, List<UsageRow> changedStored) {
    }

    private record Point(Instant at, String id, BigDecimal value, String service, boolean accepted, long rowId, UsageRow fresh) {
    }

    /** Sets the quantity of each new reading row (its record quantity is the register on entry). */
    Result apply(List<UsageRow> newRows) throws SQLException {
        Map<String, List<UsageRow>> byMeter = new LinkedHashMap<>();
        newRows.forEach(r -> byMeter.computeIfAbsent(r.record.caller(), m -> new ArrayList<>()).add(r));
        List<Refusal> refused = new ArrayList<>();
        List<Long> changedIds = new ArrayList<>();
        Map<Long, BigDecimal> changedQuantity = new LinkedHashMap<>();
        List<ReadingStore.StoredReading> toSave = new ArrayList<>();
        for (Map.Entry<String, List<UsageRow>> meter : byMeter.entrySet()) {
            List<Point> points = new ArrayList<>();
            for (ReadingStore.StoredReading s : readings.forMeter(meter.getKey())) {
                points.add(new Point(s.readAt(), s.readingId(), s.reading(), s.service(), s.accepted(), s.rowId(), null));
            }
            for (UsageRow r : meter.getValue()) {
                points.add(new Point(r.start(), r.recordId(), r.record.quantity(), r.record.target(), true, r.rowId, r));
            }
            points.sort(Comparator.comparing(Point::at).thenComparing(Point::id));
            Point lastAccepted = null;
            boolean predecessorIsNew = false;
            for (Point p : points) {
                if (p.fresh() == null) {
                    if (p.accepted()) {
                        if (predecessorIsNew && lastAccepted != null) {
                            changedIds.add(p.rowId());
                            changedQuantity.put(p.rowId(), p.value().subtract(lastAccepted.value()));
                        }
                        lastAccepted = p;
                        predecessorIsNew = false;
                    }
                    continue;
                }
                UsageRow row = p.fresh();
                boolean accepted = lastAccepted == null || p.value().compareTo(lastAccepted.value()) >= 0;
                if (accepted) {
                    row.record = row.record.withQuantity(lastAccepted == null ? BigDecimal.ZERO : p.value().subtract(lastAccepted.value()));
                    lastAccepted = p;
                    predecessorIsNew = true;
                } else {
                    refused.add(new Refusal(row, "reading " + p.value().toPlainString() + " is lower than the previous accepted reading "
                            + lastAccepted.value().toPlainString() + " (" + lastAccepted.id() + ")"));
                }
                toSave.add(new ReadingStore.StoredReading(meter.getKey(), p.at(), p.id(), p.service(), p.value(), accepted, row.rowId));
            }
        }
        readings.save(toSave);
        List<UsageRow> changed = usage.load(changedIds);
        changed.forEach(r -> r.record = r.record.withQuantity(changedQuantity.get(r.rowId)));
        return new Result(refused, changed);
    }
}
