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
 * A customer's rated records of one cycle in statement order (caller number, then start, then record
 * id), a page at a time by keyset, so that a statement of any length holds one page; and the cycle's
 * charges summed by what decides a destination class. Like {@link UsagePages}, each page is one pass
 * over the cycle's rows: there is no index on customer or period (docs/PERFORMANCE.md).
 */
public final class StatementRows {

    /** Where a page starts: after this record. */
    public record Key(String caller, Instant start, String recordId) {
    }

    /** Charges of records whose kind and leading target digits are the same. */
    public record LeadSum(String kind, String lead, long records, BigDecimal charges) {
    }

    private final Connection connection;

    public StatementRows(Connection connection) {
        this.connection = connection;
    }

    public List<UsageRow> page(String account, int period, Optional<Key> after, int limit) throws SQLException {
        String sql = "select " + UsageStore.COLUMNS + " from usage_record where customer = ? and period = ? and status = 'RATED'"
                + (after.isPresent() ? " and (caller > ? or (caller = ? and (start_utc > ? or (start_utc = ? and record_id > ?))))" : "")
                + " order by caller, start_utc, record_id limit ?";
        List<UsageRow> rows = new ArrayList<>(limit);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, account);
            ps.setInt(i++, period);
            if (after.isPresent()) {
                Key k = after.get();
                ps.setString(i++, k.caller());
                ps.setString(i++, k.caller());
                ps.setObject(i++, k.start().atOffset(ZoneOffset.UTC));
                ps.setObject(i++, k.start().atOffset(ZoneOffset.UTC));
                ps.setString(i++, k.recordId());
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

    /** The key after {@code row}. */
    public static Key keyOf(UsageRow row) {
        return new Key(row.record.caller(), row.start(), row.recordId());
    }

    /** Sums of rated charges by kind and the first {@code digits} characters of the target. */
    public List<LeadSum> byLead(String account, int period, int digits) throws SQLException {
        List<LeadSum> sums = new ArrayList<>();
        String lead = "left(target, " + Math.max(1, digits) + ")";
        try (PreparedStatement ps = connection.prepareStatement("select kind, " + lead + ", count(*), sum(charge) from usage_record "
                + "where customer = ? and period = ? and status = 'RATED' group by kind, " + lead)) {
            ps.setString(1, account);
            ps.setInt(2, period);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sums.add(new LeadSum(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)));
                }
            }
        }
        return sums;
    }

    /**
     * Every customer's rated row ids of a cycle in statement order, from one pass: what a whole cycle's
     * statements read instead of a pass per customer.
     */
    public java.util.Map<String, long[]> rowIdsByCustomer(int period) throws SQLException {
        java.util.Map<String, long[]> ids = new java.util.HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("select customer, row_id from usage_record where period = ? "
                + "and status = 'RATED' order by customer, caller, start_utc, record_id")) {
            ps.setInt(1, period);
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                String customer = null;
                long[] run = new long[64];
                int n = 0;
                while (rs.next()) {
                    String c = rs.getString(1);
                    if (!c.equals(customer)) {
                        if (customer != null) {
                            ids.put(customer, java.util.Arrays.copyOf(run, n));
                        }
                        customer = c;
                        n = 0;
                    }
                    if (n == run.length) {
                        run = java.util.Arrays.copyOf(run, n * 2);
                    }
                    run[n++] = rs.getLong(2);
                }
                if (customer != null) {
                    ids.put(customer, java.util.Arrays.copyOf(run, n));
                }
            }
        }
        return ids;
    }

    /** {@link #byLead} of every customer of a cycle, from one pass. */
    public java.util.Map<String, List<LeadSum>> byLeadAll(int period, int digits) throws SQLException {
        java.util.Map<String, List<LeadSum>> sums = new java.util.HashMap<>();
        String lead = "left(target, " + Math.max(1, digits) + ")";
        try (PreparedStatement ps = connection.prepareStatement("select customer, kind, " + lead + ", count(*), sum(charge) "
                + "from usage_record where period = ? and status = 'RATED' group by customer, kind, " + lead)) {
            ps.setInt(1, period);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sums.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
                            .add(new LeadSum(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getBigDecimal(5)));
                }
            }
        }
        return sums;
    }
}
