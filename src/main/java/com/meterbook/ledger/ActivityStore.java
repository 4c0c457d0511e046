package com.meterbook.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * When usage records arrived (one {@code usage_arrival} row per committed chunk that stored any) and
 * the cheap aggregates the dashboard shows from it: the newest arrival, the records rated since an
 * instant, and records per local day of a cycle.
 */
public final class ActivityStore {

    private final Connection connection;

    public ActivityStore(Connection connection) {
        this.connection = connection;
    }

    /** Notes, inside the chunk's transaction, that rows {@code firstRowId..lastRowId} arrived {@code at}. */
    public void arrived(long runId, Instant at, long firstRowId, long lastRowId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into usage_arrival(run_id, arrived_at, first_row_id, last_row_id) values (?, ?, ?, ?)")) {
            ps.setLong(1, runId);
            ps.setObject(2, at.atOffset(ZoneOffset.UTC));
            ps.setLong(3, firstRowId);
            ps.setLong(4, lastRowId);
            ps.executeUpdate();
        }
    }

    /**
     * When the newest stored record arrived. A ledger whose records came before arrivals were noted
     * falls back to its last import run that stored any (its end, or its start while it runs).
     */
    public Optional<Instant> lastArrival() throws SQLException {
        Optional<Instant> noted = instant("select max(arrived_at) from usage_arrival");
        return noted.isPresent() ? noted
                : instant("select max(coalesce(finished_at, started_at)) from import_run where imported > 0");
    }

    /** Records rated (stored with a charge) that arrived at or after {@code since}: a range of row ids, read by the key. */
    public long ratedSince(Instant since) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select count(*) from usage_record where status = 'RATED' "
                + "and row_id >= (select min(first_row_id) from usage_arrival where arrived_at >= ?)")) {
            ps.setObject(1, since.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** One group of {@link #perDay}: records of a kind to callees (or services) that begin with {@code lead}, on a day of the month. */
    @FunctionalInterface
    public interface DayGroup {
        void accept(int dayOfMonth, String kind, String lead, long records);
    }

    /**
     * Records of a cycle by local day in {@code zone}, kind and the first {@code leadDigits} characters
     * of the callee: one aggregate query, a few hundred groups at most, whatever the number of records.
     */
    public void perDay(int period, ZoneId zone, int leadDigits, DayGroup groups) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select extract(day from (start_utc at time zone ?)) d, kind, "
                + "left(target, ?) lead, count(*) from usage_record where period = ? group by d, kind, lead")) {
            ps.setString(1, zone.getId());
            ps.setInt(2, leadDigits);
            ps.setInt(3, period);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.accept(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4));
                }
            }
        }
    }

    private Optional<Instant> instant(String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
        }
    }
}
