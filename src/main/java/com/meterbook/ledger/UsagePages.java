package com.meterbook.ledger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer's rated records of one cycle a page at a time, in cycle order, by keyset (start, record
 * id): a page costs one pass over the cycle's rows whatever its number, and only the page is held.
 * There is no index on customer or period, so that imports stay fast (docs/PERFORMANCE.md).
 */
public final class UsagePages {

    /** Where a page starts: after this record. */
    public record Key(Instant start, String recordId) {
    }

    public record Totals(long records, BigDecimal charges) {
    }

    private final Connection connection;

    public UsagePages(Connection connection) {
        this.connection = connection;
    }

    public List<UsageRow> page(String account, int period, Optional<Key> after, int limit) throws SQLException {
        String sql = "select " + UsageStore.COLUMNS + " from usage_record where customer = ? and period = ? and status = 'RATED'"
                + (after.isPresent() ? " and (start_utc > ? or (start_utc = ? and record_id > ?))" : "")
                + " order by start_utc, record_id limit ?";
        List<UsageRow> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, account);
            ps.setInt(i++, period);
            if (after.isPresent()) {
                ps.setObject(i++, after.get().start().atOffset(ZoneOffset.UTC));
                ps.setObject(i++, after.get().start().atOffset(ZoneOffset.UTC));
                ps.setString(i++, after.get().recordId());
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(UsageStore.read(rs));
                }
            }
        }
        return rows;
    }

    public Totals totals(String account, int period) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select count(*), coalesce(sum(charge), 0) from usage_record "
                + "where customer = ? and period = ? and status = 'RATED'")) {
            ps.setString(1, account);
            ps.setInt(2, period);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Totals(rs.getLong(1), rs.getBigDecimal(2));
            }
        }
    }

    /** A stored record by row id. */
    public Optional<UsageRow> row(long rowId) throws SQLException {
        return one("select " + UsageStore.COLUMNS + " from usage_record where row_id = ?", ps -> ps.setLong(1, rowId));
    }

    /** A stored record by record id (ids are unique in the ledger); the 64-bit key narrows the scan. */
    public Optional<UsageRow> byRecordId(String recordId) throws SQLException {
        return one("select " + UsageStore.COLUMNS + " from usage_record where record_key = ? and record_id = ?", ps -> {
            ps.setLong(1, UsageRow.keyOf(recordId));
            ps.setString(2, recordId);
        });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<UsageRow> one(String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(UsageStore.read(rs)) : Optional.empty();
            }
        }
    }
}
