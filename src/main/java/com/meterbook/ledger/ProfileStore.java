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

/** Mapping profiles by name, their definition as text; the caller checks the text and audits. */
public final class ProfileStore {

    /** A saved profile: its definition text and who saved it when. */
    public record Stored(String name, String definition, Instant savedAt, String savedBy) {
    }

    private final Connection connection;

    public ProfileStore(Connection connection) {
        this.connection = connection;
    }

    /** Saves or replaces; true when a profile of that name was there before. */
    public boolean save(String name, String definition, Instant at, String actor) throws SQLException {
        boolean existed = find(name).isPresent();
        try (PreparedStatement ps = connection.prepareStatement(
                "merge into mapping_profile(name, definition, saved_at, saved_by) key(name) values (?,?,?,?)")) {
            ps.setString(1, name);
            ps.setString(2, definition);
            ps.setObject(3, at.atOffset(ZoneOffset.UTC));
            ps.setString(4, actor.length() > 100 ? actor.substring(0, 100) : actor);
            ps.executeUpdate();
        }
        return existed;
    }

    public Optional<Stored> find(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "select name, definition, saved_at, saved_by from mapping_profile where name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** All profiles by name. */
    public List<Stored> all() throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "select name, definition, saved_at, saved_by from mapping_profile order by name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return out;
    }

    private static Stored row(ResultSet rs) throws SQLException {
        return new Stored(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4));
    }
}
