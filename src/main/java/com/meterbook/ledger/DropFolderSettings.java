package com.meterbook.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/** The ledger's drop folder: where it is, whether it is watched, and how long a file must stay unchanged. */
public record DropFolderSettings(Path folder, boolean enabled, Duration stable) {

    public static final Duration DEFAULT_STABLE = Duration.ofSeconds(2);

    public DropFolderSettings {
        if (stable.isNegative()) {
            throw new IllegalArgumentException("the stable interval cannot be negative");
        }
    }

    public static Optional<DropFolderSettings> load(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select folder, enabled, stable_millis from drop_folder where id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new DropFolderSettings(Path.of(rs.getString(1)), rs.getBoolean(2),
                    Duration.ofMillis(rs.getLong(3)))) : Optional.empty();
        }
    }

    public void save(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "merge into drop_folder(id, folder, enabled, stable_millis) key(id) values (1, ?, ?, ?)")) {
            ps.setString(1, folder.toAbsolutePath().toString());
            ps.setBoolean(2, enabled);
            ps.setLong(3, stable.toMillis());
            ps.executeUpdate();
        }
    }

    public String describe() {
        return folder.toAbsolutePath() + " (" + (enabled ? "watched" : "off") + ", stable for " + stable.toMillis() / 1000.0 + " s)";
    }
}
