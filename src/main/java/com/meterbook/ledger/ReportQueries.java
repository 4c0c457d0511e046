package com.meterbook.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Streaming reads for exports, in a stable order. */
public final class ReportQueries {

    private final Connection connection;

    public ReportQueries(Connection connection) {
        this.connection = connection;
    }

    @FunctionalInterface
    public interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    /** Rated records (those with a charge), optionally of one period, in cycle order. */
    public void charges(Integer period, RowHandler handler) throws SQLException {
        String sql = "select record_id, customer, period, target, band, quantity, billed_quantity, charge from usage_record "
                + "where status = 'RATED'" + (period == null ? "" : " and period = ?") + " order by period, start_utc, record_id";
        stream(sql, period, handler);
    }

    /** Open exceptions in the order they were queued. */
    public void openExceptions(RowHandler handler) throws SQLException {
        stream("select record_id, source, line, reason, detail, field from exception_item where status = 'OPEN' order by id", null, handler);
    }

    /**
     * A cheap sign that the ledger changed, for screens that poll: the last usage row, the last
     * queued exception and the last audit entry (each a bare max() on a primary key, answered from
     * its index), and the open exceptions (a count over the queue, which stays small). Every
     * operation ends with an audit entry; a usage import changes the stamp after every chunk.
     */
    public record ChangeStamp(long lastRecord, long lastException, long openExceptions, long lastAudit) {
    }

    public ChangeStamp changeStamp() throws SQLException {
        return new ChangeStamp(single("select max(row_id) from usage_record"), single("select max(id) from exception_item"),
                single("select count(*) from exception_item where status = 'OPEN'"), single("select max(id) from audit_entry"));
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void stream(String sql, Integer param, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (param != null) {
                ps.setInt(1, param);
            }
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }
}
