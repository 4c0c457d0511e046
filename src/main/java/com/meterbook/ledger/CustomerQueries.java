package com.meterbook.ledger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** One customer's usage in a cycle: totals per kind of record, and the latest records. */
public final class CustomerQueries {

    private final Connection connection;

    public CustomerQueries(Connection connection) {
        this.connection = connection;
    }

    /** Rated records of one kind (CALL, EVENT, READING): how many, their billed quantity and charges. */
    public record UsageTotal(String kind, long records, BigDecimal billedQuantity, BigDecimal charges) {
    }

    /** One stored record of the customer; charge and billed quantity are null unless it is rated. */
    public record LatestRecord(String recordId, String kind, Instant start, String target, String band, BigDecimal quantity,
                               BigDecimal billedQuantity, BigDecimal charge, String status) {
    }

    public List<UsageTotal> usage(String account, YearMonth period) throws SQLException {
        List<UsageTotal> totals = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select kind, count(*), sum(billed_quantity), sum(charge) "
                + "from usage_record where period = ? and customer = ? and status = 'RATED' group by kind order by kind")) {
            ps.setInt(1, Periods.toInt(period));
            ps.setString(2, account);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    totals.add(new UsageTotal(rs.getString(1), rs.getLong(2), UsageStore.natural(rs.getBigDecimal(3)), rs.getBigDecimal(4)));
                }
            }
        }
        return totals;
    }

    /** The customer's latest {@code limit} records of the cycle, newest first, whatever their status. */
    public List<LatestRecord> latest(String account, YearMonth period, int limit) throws SQLException {
        List<LatestRecord> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select record_id, kind, start_utc, target, band, quantity, "
                + "billed_quantity, charge, status from usage_record where period = ? and customer = ? "
                + "order by start_utc desc, record_id desc limit ?")) {
            ps.setInt(1, Periods.toInt(period));
            ps.setString(2, account);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal billed = rs.getBigDecimal(7);
                    rows.add(new LatestRecord(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getString(4), rs.getString(5), UsageStore.natural(rs.getBigDecimal(6)),
                            billed == null ? null : UsageStore.natural(billed), rs.getBigDecimal(8), rs.getString(9)));
                }
            }
        }
        return rows;
    }
}
