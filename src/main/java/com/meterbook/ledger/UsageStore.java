package com.meterbook.ledger;

import com.meterbook.domain.UsageKind;
import com.meterbook.domain.UsageRecord;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The usage hot path in plain JDBC on the Hibernate session's connection: batched inserts with row
 * ids allocated in the chunk's transaction, and the narrow look-ups that dedup and tier sweeps need.
 */
public final class UsageStore {

    private static final int BATCH = 1000;
    static final String COLUMNS = "row_id, record_key, record_id, kind, source_file_id, line, account, caller, target, "
            + "start_utc, period, quantity, fingerprint, status, customer, prefix, band, billed_quantity, charge, reason";

    private final Connection connection;

    public UsageStore(Connection connection) {
        this.connection = connection;
    }

    /** Loads the record keys of rows added since the index was last loaded. */
    public void refresh(DedupIndex index) throws SQLException {
        long[] keys = new long[65_536];
        long[] rows = new long[65_536];
        int n = 0;
        long max = index.loadedUpToRowId();
        try (PreparedStatement ps = connection.prepareStatement(
                "select row_id, record_key from usage_record where row_id > ? order by row_id")) {
            ps.setLong(1, max);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows[n] = rs.getLong(1);
                    keys[n] = rs.getLong(2);
                    max = rows[n];
                    if (++n == keys.length) {
                        index.addAll(keys, rows, n);
                        n = 0;
                    }
                }
            }
        }
        index.addAll(keys, rows, n);
        index.markLoaded(max);
    }

    public long maxRowId() throws SQLException {
        // a bare max() on the primary key is answered from the index; wrapped in coalesce it scans the table
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select max(row_id) from usage_record")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Inserts rows whose row ids the caller assigned. */
    public void insert(Collection<UsageRow> rows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("insert into usage_record(" + COLUMNS
                + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int pending = 0;
            for (UsageRow r : rows) {
                UsageRecord rec = r.record;
                ps.setLong(1, r.rowId);
                ps.setLong(2, r.recordKey);
                ps.setString(3, rec.recordId());
                ps.setString(4, rec.kind().name());
                if (r.sourceFileId == null) {
                    ps.setNull(5, Types.BIGINT);
                } else {
                    ps.setLong(5, r.sourceFileId);
                }
                ps.setLong(6, r.line);
                ps.setString(7, rec.account());
                ps.setString(8, rec.caller());
                ps.setString(9, rec.target());
                ps.setObject(10, rec.start().atOffset(ZoneOffset.UTC));
                ps.setInt(11, r.period);
                ps.setBigDecimal(12, rec.quantity());
                ps.setLong(13, r.fingerprint);
                bindOutcome(ps, 14, r);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /** Writes a new rating outcome for rows already stored. */
    public void updateOutcome(Collection<UsageRow> rows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("update usage_record set status = ?, customer = ?, prefix = ?, band = ?, "
                + "billed_quantity = ?, charge = ?, reason = ?, quantity = ? where row_id = ?")) {
            int pending = 0;
            for (UsageRow r : rows) {
                bindOutcome(ps, 1, r);
                ps.setBigDecimal(8, r.record.quantity());
                ps.setLong(9, r.rowId);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void bindOutcome(PreparedStatement ps, int i, UsageRow r) throws SQLException {
        ps.setString(i, r.status.name());
        ps.setString(i + 1, r.customer);
        ps.setString(i + 2, r.prefix);
        ps.setString(i + 3, r.band);
        ps.setBigDecimal(i + 4, r.billedQuantity);
        ps.setBigDecimal(i + 5, r.charge);
        ps.setString(i + 6, r.reason);
    }

    /** Record id and fingerprint of stored rows, for telling plain duplicates from conflicts. */
    public Map<Long, StoredIdentity> identities(Collection<Long> rowIds) throws SQLException {
        Map<Long, StoredIdentity> found = new HashMap<>();
        List<Long> ids = new ArrayList<>(rowIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement ps = connection.prepareStatement(
                    "select row_id, record_id, fingerprint from usage_record where row_id = any(?)")) {
                ps.setArray(1, connection.createArrayOf("BIGINT", part.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong(1), new StoredIdentity(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                    }
                }
            }
        }
        return found;
    }

    public record StoredIdentity(long rowId, String recordId, long fingerprint) {
    }

    /** Full rows by row id, for re-rating. */
    public List<UsageRow> load(Collection<Long> rowIds) throws SQLException {
        List<UsageRow> rows = new ArrayList<>();
        List<Long> ids = new ArrayList<>(rowIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement ps = connection.prepareStatement("select " + COLUMNS
                    + " from usage_record where row_id = any(?)")) {
                ps.setArray(1, connection.createArrayOf("BIGINT", part.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(read(rs));
                    }
                }
            }
        }
        return rows;
    }

    /** Rows of a period in cycle order, streamed to the callback in batches. */
    public void forEachInPeriod(int period, String statusFilterSql, RowBatchHandler handler) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select " + COLUMNS + " from usage_record where period = ? and "
                + statusFilterSql + " order by start_utc, record_id")) {
            ps.setInt(1, period);
            ps.setFetchSize(5_000);
            List<UsageRow> batch = new ArrayList<>(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    batch.add(read(rs));
                    if (batch.size() == 5_000) {
                        handler.handle(batch);
                        batch = new ArrayList<>(5_000);
                    }
                }
            }
            if (!batch.isEmpty()) {
                handler.handle(batch);
            }
        }
    }

    @FunctionalInterface
    public interface RowBatchHandler {
        void handle(List<UsageRow> rows) throws SQLException;
    }

    static UsageRow read(ResultSet rs) throws SQLException {
        Instant start = rs.getObject(10, OffsetDateTime.class).toInstant();
        UsageRecord record = new UsageRecord(rs.getString(3), UsageKind.valueOf(rs.getString(4)), rs.getString(7),
                rs.getString(8), rs.getString(9), start, natural(rs.getBigDecimal(12)));
        UsageRow row = new UsageRow(record, rs.getLong(13));
        row.rowId = rs.getLong(1);
        long source = rs.getLong(5);
        row.sourceFileId = rs.wasNull() ? null : source;
        row.line = rs.getLong(6);
        row.period = rs.getInt(11);
        row.status = UsageRow.Status.valueOf(rs.getString(14));
        row.customer = rs.getString(15);
        row.prefix = rs.getString(16);
        row.band = rs.getString(17);
        row.billedQuantity = rs.getBigDecimal(18);
        row.charge = rs.getBigDecimal(19);
        row.reason = rs.getString(20);
        return row;
    }

    /** A stored DECIMAL(24,6) back at its natural scale: 15000.000000 is 15000 again. */
    static BigDecimal natural(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
