package com.meterbook.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The exception queue's bulk side: queued in batches during imports, resolved by re-rating. */
public final class ExceptionStore {

    public static final String OPEN = "OPEN";
    public static final String RESOLVED = "RESOLVED";

    private final Connection connection;

    public ExceptionStore(Connection connection) {
        this.connection = connection;
    }

    /** An exception to queue. {@code rowId} is set for records stored in the ledger. */
    public record NewException(Long rowId, String recordId, Long recordKey, Long fingerprint, Long sourceFileId,
                               String source, long line, Integer period, String reason, String field, String detail,
                               String raw) {
    }

    public void queue(Collection<NewException> items, Instant now) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("insert into exception_item(row_id, record_id, record_key, fingerprint, "
                + "source_file_id, source, line, period, reason, field, detail, raw, status, created_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            for (NewException e : items) {
                setLong(ps, 1, e.rowId());
                ps.setString(2, truncate(e.recordId(), com.meterbook.domain.UsageRecord.MAX_RECORD_ID));
                setLong(ps, 3, e.recordKey());
                setLong(ps, 4, e.fingerprint());
                setLong(ps, 5, e.sourceFileId());
                ps.setString(6, e.source());
                ps.setLong(7, e.line());
                if (e.period() == null) {
                    ps.setNull(8, Types.INTEGER);
                } else {
                    ps.setInt(8, e.period());
                }
                ps.setString(9, e.reason());
                ps.setString(10, e.field());
                ps.setString(11, truncate(e.detail(), 2000));
                ps.setString(12, truncate(e.raw(), 8000));
                ps.setString(13, OPEN);
                ps.setObject(14, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Lines of a source already queued as invalid, so that a re-run does not queue them twice. */
    public Set<Long> invalidLines(long sourceFileId) throws SQLException {
        Set<Long> lines = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "select line from exception_item where source_file_id = ? and reason = 'INVALID_RECORD' and row_id is null")) {
            ps.setLong(1, sourceFileId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getLong(1));
                }
            }
        }
        return lines;
    }

    /** The hashes of the raw text of every invalid line queued, from any file (kept as their fingerprint). */
    public Set<Long> invalidTexts() throws SQLException {
        Set<Long> texts = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "select fingerprint from exception_item where reason = 'INVALID_RECORD' and row_id is null and fingerprint is not null");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                texts.add(rs.getLong(1));
            }
        }
        return texts;
    }

    /** Whether this conflicting copy (record key and content) is already queued. */
    public boolean conflictQueued(long recordKey, String recordId, long fingerprint) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select 1 from exception_item where record_key = ? and record_id = ? "
                + "and fingerprint = ? and reason = 'DUPLICATE_CONFLICT'")) {
            ps.setLong(1, recordKey);
            ps.setString(2, recordId);
            ps.setLong(3, fingerprint);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Resolves the open exception of a stored record; returns how many were resolved. */
    public int resolveForRow(long rowId, String resolution, String actor, String note, Instant now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("update exception_item set status = ?, resolution = ?, resolved_by = ?, "
                + "note = ?, resolved_at = ? where row_id = ? and status = ?")) {
            ps.setString(1, RESOLVED);
            ps.setString(2, resolution);
            ps.setString(3, actor);
            ps.setString(4, note);
            ps.setObject(5, now.atOffset(ZoneOffset.UTC));
            ps.setLong(6, rowId);
            ps.setString(7, OPEN);
            return ps.executeUpdate();
        }
    }

    /** Changes the reason of a stored record's open exception after re-rating. */
    public int updateOpenReason(long rowId, String reason, String detail) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "update exception_item set reason = ?, detail = ? where row_id = ? and status = ?")) {
            ps.setString(1, reason);
            ps.setString(2, truncate(detail, 2000));
            ps.setLong(3, rowId);
            ps.setString(4, OPEN);
            return ps.executeUpdate();
        }
    }

    private static final String ITEM_COLUMNS = "id, row_id, record_id, source, line, period, reason, field, detail, raw, status, "
            + "created_at, resolved_at, resolution, resolved_by, note";

    /** The open queue, oldest first. */
    public List<ExceptionItem> open() throws SQLException {
        return items("select " + ITEM_COLUMNS + " from exception_item where status = 'OPEN' order by id", List.of());
    }

    /** Items by id, open or resolved, in id order; ids that do not exist are left out. */
    public List<ExceptionItem> byIds(Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        return items("select " + ITEM_COLUMNS + " from exception_item where id = any(?) order by id", List.copyOf(ids));
    }

    private List<ExceptionItem> items(String sql, List<Long> ids) throws SQLException {
        List<ExceptionItem> items = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (!ids.isEmpty()) {
                ps.setArray(1, connection.createArrayOf("BIGINT", ids.toArray()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new ExceptionItem(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3), rs.getString(4),
                            rs.getObject(5, Long.class), rs.getObject(6, Integer.class), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), instant(rs, 12), instant(rs, 13),
                            rs.getString(14), rs.getString(15), rs.getString(16)));
                }
            }
        }
        return items;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    /** Resolves one open item by its id; returns whether it was open. */
    public boolean resolve(long id, String resolution, String actor, String note, Instant now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("update exception_item set status = ?, resolution = ?, resolved_by = ?, "
                + "note = ?, resolved_at = ? where id = ? and status = ?")) {
            ps.setString(1, RESOLVED);
            ps.setString(2, resolution);
            ps.setString(3, truncate(actor, 100));
            ps.setString(4, truncate(note, 2000));
            ps.setObject(5, now.atOffset(ZoneOffset.UTC));
            ps.setLong(6, id);
            ps.setString(7, OPEN);
            return ps.executeUpdate() == 1;
        }
    }

    /** Gives an open item a new reason after an action left it in the queue. */
    public void reopenAs(long id, String reason, String detail) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "update exception_item set reason = ?, detail = ? where id = ? and status = ?")) {
            ps.setString(1, reason);
            ps.setString(2, truncate(detail, 2000));
            ps.setLong(3, id);
            ps.setString(4, OPEN);
            ps.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
