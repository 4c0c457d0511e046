package com.meterbook.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pull sources and the files each fetched ({@code pull_source}, {@code pulled_file}), on a JDBC connection. */
public final class SourceStore {

    private static final String COLUMNS = "id, name, host, port, user_name, key_file, password_sealed, remote_dir, pattern, "
            + "every_minutes, host_key, offered_host_key, last_attempt_at, last_success_at, last_fetched, last_error";

    private final Connection connection;

    public SourceStore(Connection connection) {
        this.connection = connection;
    }

    /** A new source; its name must be new. */
    public void add(String name, String host, int port, String user, Optional<String> keyFile, Optional<String> sealedPassword,
                    String remoteDir, String pattern, int everyMinutes, Instant now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("insert into pull_source(name, host, port, user_name, key_file, "
                + "password_sealed, remote_dir, pattern, every_minutes, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, host);
            ps.setInt(3, port);
            ps.setString(4, user);
            ps.setString(5, keyFile.orElse(null));
            ps.setString(6, sealedPassword.orElse(null));
            ps.setString(7, remoteDir);
            ps.setString(8, pattern);
            ps.setInt(9, everyMinutes);
            ps.setObject(10, now.atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    public List<PullSourceRow> all() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select " + COLUMNS + " from pull_source order by name")) {
            return rows(ps);
        }
    }

    public Optional<PullSourceRow> byName(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select " + COLUMNS + " from pull_source where name = ?")) {
            ps.setString(1, name);
            return rows(ps).stream().findFirst();
        }
    }

    /** Removes a source and the list of files it fetched (cascade); true when there was one. */
    public boolean remove(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("delete from pull_source where name = ?")) {
            ps.setString(1, name);
            return ps.executeUpdate() > 0;
        }
    }

    /** Accepts {@code keyLine} as the source's host key. */
    public void trust(long id, String keyLine) throws SQLException {
        update("update pull_source set host_key = ?, offered_host_key = null where id = ?", keyLine, id);
    }

    /** Notes the host key a server offered that was not accepted. */
    public void offered(long id, String keyLine) throws SQLException {
        update("update pull_source set offered_host_key = ? where id = ?", keyLine, id);
    }

    private void update(String sql, String value, long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** How a pull ended: its error, or none (then the success time and files fetched are noted too). */
    public void pulled(long id, Instant at, int fetched, Optional<String> error) throws SQLException {
        if (error.isPresent()) {
            String text = error.get().length() > 2000 ? error.get().substring(0, 2000) : error.get();
            try (PreparedStatement ps = connection.prepareStatement(
                    "update pull_source set last_attempt_at = ?, last_error = ? where id = ?")) {
                ps.setObject(1, at.atOffset(ZoneOffset.UTC));
                ps.setString(2, text);
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("update pull_source set last_attempt_at = ?, last_success_at = ?, "
                + "last_fetched = ?, last_error = null where id = ?")) {
            ps.setObject(1, at.atOffset(ZoneOffset.UTC));
            ps.setObject(2, at.atOffset(ZoneOffset.UTC));
            ps.setInt(3, fetched);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    public boolean fetched(long sourceId, String name, long size, long modifiedMs) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "select 1 from pulled_file where source_id = ? and name = ? and size_bytes = ? and modified_ms = ?")) {
            ps.setLong(1, sourceId);
            ps.setString(2, name);
            ps.setLong(3, size);
            ps.setLong(4, modifiedMs);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public void recordFetched(long sourceId, String name, long size, long modifiedMs, Instant at, String outcome) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("merge into pulled_file(source_id, name, size_bytes, modified_ms, "
                + "fetched_at, outcome) key (source_id, name, size_bytes, modified_ms) values (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, sourceId);
            ps.setString(2, name);
            ps.setLong(3, size);
            ps.setLong(4, modifiedMs);
            ps.setObject(5, at.atOffset(ZoneOffset.UTC));
            ps.setString(6, outcome.length() > 2000 ? outcome.substring(0, 2000) : outcome);
            ps.executeUpdate();
        }
    }

    private static List<PullSourceRow> rows(PreparedStatement ps) throws SQLException {
        List<PullSourceRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new PullSourceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)), rs.getString(8),
                        rs.getString(9), rs.getInt(10), Optional.ofNullable(rs.getString(11)), Optional.ofNullable(rs.getString(12)),
                        instant(rs, 13), instant(rs, 14), rs.getInt(15), Optional.ofNullable(rs.getString(16))));
            }
        }
        return rows;
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
