package com.meterbook.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The changes an operator makes to a queued record while resolving its exception. Only queued rows
 * are touched: a rated row's place in a closed cycle or a tier counter never moves this way. The
 * content fingerprint is kept, so a re-import of the file still finds plain duplicates.
 */
public final class UsageCorrections {

    /** The reason a written-off record keeps: it stays queued (never charged) and no re-rate picks it up. */
    public static final String WRITTEN_OFF = "WRITTEN_OFF";

    private final Connection connection;

    public UsageCorrections(Connection connection) {
        this.connection = connection;
    }

    /** The record now names this account. */
    public void assignAccount(long rowId, String account) throws SQLException {
        update("update usage_record set account = ? where row_id = ? and status = 'QUEUED'", account, rowId);
    }

    /** The record is billed in another (open) cycle than that of its start. */
    public void billIn(long rowId, int period) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("update usage_record set period = ? where row_id = ? and status = 'QUEUED'")) {
            ps.setInt(1, period);
            ps.setLong(2, rowId);
            ps.executeUpdate();
        }
    }

    public void writeOff(long rowId) throws SQLException {
        update("update usage_record set reason = ? where row_id = ? and status = 'QUEUED'", WRITTEN_OFF, rowId);
    }

    private void update(String sql, String value, long rowId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.setLong(2, rowId);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("record row " + rowId + " is not queued");
            }
        }
    }
}
