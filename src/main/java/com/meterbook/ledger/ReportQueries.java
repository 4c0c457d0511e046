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
