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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** A counter's billed total and the start of its last entry. */
    public record Counter(String key, BigDecimal total, Instant lastStart) {
    }

    public record Entry(String key, int period, Instant start, String recordId, long rowId, BigDecimal billed) {
    }

    /** The counters among these keys that have entries, read in one query. */
    public Map<String, Counter> counters(Collection<String> keys) throws SQLException {
        Map<String, Counter> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = connection.prepareStatement("select counter_key, sum(billed), max(start_utc) from tier_entry "
                + "where counter_key = any(?) group by counter_key")) {
            ps.setArray(1, connection.createArrayOf("VARCHAR", keys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new Counter(rs.getString(1), rs.getBigDecimal(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return found;
    }

    /** Adds entries of records counted for the first time. */
    public void insert(Collection<Entry> entries) throws SQLException {
        write("insert into tier_entry(counter_key, period, start_utc, record_id, row_id, billed) values (?,?,?,?,?,?)", entries);
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
                    entries.add(new Entry(key, 0, rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)));
                }
            }
        }
        return entries;
    }

    /** Inserts or updates entries (same counter, position). */
    public void save(Collection<Entry> entries) throws SQLException {
        write("merge into tier_entry(counter_key, period, start_utc, record_id, row_id, billed) "
                + "key(counter_key, start_utc, record_id) values (?,?,?,?,?,?)", entries);
    }

    private void write(String sql, Collection<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Entry e : entries) {
                ps.setString(1, e.key());
                ps.setInt(2, e.period());
                ps.setObject(3, e.start().atOffset(ZoneOffset.UTC));
                ps.setString(4, e.recordId());
                ps.setLong(5, e.rowId());
                ps.setBigDecimal(6, e.billed());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Removes entries of records that no longer count in their counter. */
    public void delete(Collection<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "delete from tier_entry where counter_key = ? and start_utc = ? and record_id = ?")) {
            for (Entry e : entries) {
                ps.setString(1, e.key());
                ps.setObject(2, e.start().atOffset(ZoneOffset.UTC));
                ps.setString(3, e.recordId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void deletePeriod(int period) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("delete from tier_entry where period = ?")) {
            ps.setInt(1, period);
            ps.executeUpdate();
        }
    }
}
