package com.meterbook.ledger;

import com.meterbook.billing.EntityProfile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Entity profiles (letterheads), one row per entity code. */
public final class EntityStore {

    private final Connection connection;

    public EntityStore(Connection connection) {
        this.connection = connection;
    }

    public Optional<EntityProfile> find(String entity) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select entity, name, address, tax_id, logo, payment_days "
                + "from entity_profile where entity = ?")) {
            ps.setString(1, entity);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public List<EntityProfile> all() throws SQLException {
        List<EntityProfile> all = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select entity, name, address, tax_id, logo, payment_days "
                + "from entity_profile order by entity");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(read(rs));
            }
        }
        return all;
    }

    /** Saves the profile, replacing the entity's old one. */
    public void save(EntityProfile p, Instant now, String actor) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("merge into entity_profile(entity, name, address, tax_id, logo, "
                + "payment_days, updated_at, updated_by) key(entity) values (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, p.entity());
            ps.setString(2, p.name());
            ps.setString(3, String.join("\n", p.address()));
            ps.setString(4, p.taxId());
            ps.setBytes(5, p.logo().orElse(null));
            ps.setInt(6, p.paymentDays());
            ps.setObject(7, now.atOffset(ZoneOffset.UTC));
            ps.setString(8, actor);
            ps.executeUpdate();
        }
    }

    private static EntityProfile read(ResultSet rs) throws SQLException {
        String address = rs.getString(3);
        return new EntityProfile(rs.getString(1), rs.getString(2), address.isEmpty() ? List.of() : Arrays.asList(address.split("\n")),
                rs.getString(4), Optional.ofNullable(rs.getBytes(5)), rs.getInt(6));
    }
}
