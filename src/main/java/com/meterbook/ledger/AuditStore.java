package com.meterbook.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Audit entries in batches and by subject, on the JDBC side of a transaction (ImportLog writes single ones through Hibernate). */
public final class AuditStore {

    /** Who did what to which subject, and when. */
    public record Entry(Instant at, String actor, String action, String subject, String detail) {
    }

    private final Connection connection;

    public AuditStore(Connection connection) {
        this.connection = connection;
    }

    public void add(Collection<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into audit_entry(at, actor, action, subject, detail) values (?,?,?,?,?)")) {
            for (Entry e : entries) {
                ps.setObject(1, e.at().atOffset(ZoneOffset.UTC));
                ps.setString(2, cut(e.actor(), 100));
                ps.setString(3, cut(e.action(), 64));
                ps.setString(4, cut(e.subject(), 300));
                ps.setString(5, cut(e.detail(), 4000));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A subject's entries, oldest first. */
    public List<Entry> of(String subject) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "select at, actor, action, subject, detail from audit_entry where subject = ? order by at, id")) {
            ps.setString(1, subject);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
        }
        return entries;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
