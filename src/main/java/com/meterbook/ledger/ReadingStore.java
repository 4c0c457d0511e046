package com.meterbook.ledger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Cumulative meter registers in (timestamp, id) order per meter. */
public final class ReadingStore {

    private final Connection connection;

    public ReadingStore(Connection connection) {
        this.connection = connection;
    }

    /** A reading and what it was taken to mean: accepted with a quantity, or refused (quantity null). */
    public record StoredReading(String meter, Instant readAt, String readingId, String service, BigDecimal reading,
                                boolean accepted, BigDecimal quantity, long rowId) {
    }

    public List<StoredReading> forMeter(String meter) throws SQLException {
        List<StoredReading> readings = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select read_at, reading_id, service, reading, accepted, quantity, row_id "
                + "from meter_reading where meter = ? order by read_at, reading_id")) {
            ps.setString(1, meter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    readings.add(new StoredReading(meter, rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                            rs.getString(3), rs.getBigDecimal(4), rs.getBoolean(5), rs.getBigDecimal(6), rs.getLong(7)));
                }
            }
        }
        return readings;
    }

    public void save(Collection<StoredReading> readings) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("merge into meter_reading(meter, read_at, reading_id, service, reading, "
                + "accepted, quantity, row_id) key(meter, read_at, reading_id) values (?,?,?,?,?,?,?,?)")) {
            for (StoredReading r : readings) {
                ps.setString(1, r.meter());
                ps.setObject(2, r.readAt().atOffset(ZoneOffset.UTC));
                ps.setString(3, r.readingId());
                ps.setString(4, r.service());
                ps.setBigDecimal(5, r.reading());
                ps.setBoolean(6, r.accepted());
                ps.setBigDecimal(7, r.quantity());
                ps.setLong(8, r.rowId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
