package com.meterbook.ledger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The rated records of a cycle added up by kind and destination lead, for the regulatory report: one
 * aggregate query (GROUP BY), whatever the number of records. A call's lead is the first
 * {@code leadDigits} digits of its callee (enough to tell its class and country); an event's or a
 * reading's is its whole service code.
 */
public final class UsageTotals {

    /** One group: records, summed quantity (seconds for calls), billed quantity and charges. */
    public record Group(String kind, String lead, long records, BigDecimal quantity, BigDecimal billed, BigDecimal charges) {
    }

    @FunctionalInterface
    public interface GroupSink {
        void accept(Group group);
    }

    private final Connection connection;

    public UsageTotals(Connection connection) {
        this.connection = connection;
    }

    /** Rated records of {@code period}, of customers of {@code entity} (empty: every entity). */
    public void byLead(int period, Optional<String> entity, int leadDigits, GroupSink sink) throws SQLException {
        String sql = "select kind, case when kind = 'CALL' then left(target, ?) else target end lead, count(*), "
                + "coalesce(sum(quantity), 0), coalesce(sum(billed_quantity), 0), coalesce(sum(charge), 0) "
                + "from usage_record where period = ? and status = 'RATED'"
                + (entity.isPresent() ? " and customer in (select account from customer where entity = ?)" : "")
                + " group by kind, lead";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, leadDigits);
            ps.setInt(2, period);
            if (entity.isPresent()) {
                ps.setString(3, entity.get());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new Group(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6)));
                }
            }
        }
    }

    /** The entities customers belong to, in order. */
    public java.util.List<String> entities() throws SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select distinct entity from customer order by entity");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
