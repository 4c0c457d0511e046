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
import java.util.Optional;

/**
 * The order of tier-sensitive records per counter (customer, cycle, prefix) and each counter's
 * running total and last position, so that records arriving in order are priced without a look
 * back and a late record re-prices only what follows it.
 */
public final class TierStore {

    private final Connection connection;

    public TierStore(Connection connection) {
        this.connection = connection;
    }

    public record Counter(String key, BigDecimal total, Instant lastStart, String lastRecordId) {
    }

    public record Entry(Instant start, String recordId, long rowId, BigDecimal billed) {
    }

    public Optional<Counter> counter(String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "select total, last_start_utc, last_record_id from tier_counter where counter_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Counter(key, rs.getBigDecimal(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3)));
            }
        }
    }

    public void saveCounter(Counter c, int period) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("merge into tier_counter(counter_key, period, total, last_start_utc, last_record_id) "
                + "key(counter_key) values (?,?,?,?,?)")) {
            ps.setString(1, c.key());
            ps.setInt(2, period);
            ps.setBigDecimal(3, c.total());
            ps.setObject(4, c.lastStart().atOffset(ZoneOffset.UTC));
            ps.setString(5, c.lastRecordId());
            ps.executeUpdate();
        }
    }

    /** The billed total of entries before a position. */
    public BigDecimal totalBefore(String key, Instant start, String recordId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select coalesce(sum(billed), 0) from tier_entry where counter_key = ? "
                + "and (start_utc < ? or (start_utc = ? and record_id < ?))")) {
            OffsetDateTime at = start.atOffset(ZoneOffset.UTC);
            ps.setString(1, key);
            ps.setObject(2, at);
            ps.setObject(3, at);
            ps.setString(4, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    /** Entries at or after a position, in order. */
    public List<Entry> entriesFrom(String key, Instant start, String recordId) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select start_utc, record_id, row_id, billed from tier_entry where counter_key = ? "
                + "and (start_utc > ? or (start_utc = ? and record_id >= ?)) order by start_utc, record_id")) {
            OffsetDateTime at = start.atOffset(ZoneOffset.UTC);
            ps.setString(1, key);
            ps.setObject(2, at);
            ps.setObject(3, at);
            ps.setString(4, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)));
                }
            }
        }
        return entries;
    }

    /** Inserts or updates entries (same counter, position). */
    public void save(String key, int period, Collection<Entry> entries) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("merge into tier_entry(counter_key, period, start_utc, record_id, row_id, billed) "
                + "key(counter_key, start_utc, record_id) values (?,?,?,?,?,?)")) {
            for (Entry e : entries) {
                ps.setString(1, key);
                ps.setInt(2, period);
                ps.setObject(3, e.start().atOffset(ZoneOffset.UTC));
                ps.setString(4, e.recordId());
                ps.setLong(5, e.rowId());
                ps.setBigDecimal(6, e.billed());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void deletePeriod(int period) throws SQLException {
        for (String table : List.of("tier_entry", "tier_counter")) {
            try (PreparedStatement ps = connection.prepareStatement("delete from " + table + " where period = ?")) {
                ps.setInt(1, period);
                ps.executeUpdate();
            }
        }
    }
}
