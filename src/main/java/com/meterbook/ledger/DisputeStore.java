package com.meterbook.ledger;

import com.meterbook.billing.DisputeStatus;
import com.meterbook.billing.DisputeTarget;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Disputes and their comments, on the JDBC side of a transaction. */
public final class DisputeStore {

    /** One dispute as stored. */
    public record Row(long id, DisputeTarget target, String account, String reason, String author, Instant openedAt,
                      DisputeStatus status, Optional<Instant> closedAt, Optional<String> creditNote) {
    }

    /** A comment on a dispute. */
    public record Comment(Instant at, String author, String text) {
    }

    private static final String COLUMNS = "id, target_kind, target, account, reason, author, opened_at, status, closed_at, credit_no";

    private final Connection connection;

    public DisputeStore(Connection connection) {
        this.connection = connection;
    }

    public long open(DisputeTarget target, String account, String reason, String author, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("insert into dispute(target_kind, target, account, reason, author, "
                + "opened_at, status) values (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, target.kind().name());
            ps.setString(2, target.id());
            ps.setString(3, account);
            ps.setString(4, reason);
            ps.setString(5, author);
            ps.setObject(6, utc(at));
            ps.setString(7, DisputeStatus.OPEN.name());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public void comment(long id, String author, String text, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("insert into dispute_comment(dispute_id, at, author, text) values (?,?,?,?)")) {
            ps.setLong(1, id);
            ps.setObject(2, utc(at));
            ps.setString(3, author);
            ps.setString(4, text);
            ps.executeUpdate();
        }
    }

    public void end(long id, DisputeStatus status, Instant at, String creditNote) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("update dispute set status = ?, closed_at = ?, credit_no = ? where id = ?")) {
            ps.setString(1, status.name());
            ps.setObject(2, utc(at));
            ps.setString(3, creditNote);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    public Optional<Row> find(long id) throws SQLException {
        List<Row> rows = select("where id = ?", id);
        return rows.stream().findFirst();
    }

    /** Every dispute, newest first. */
    public List<Row> all() throws SQLException {
        return select("order by id desc");
    }

    public List<Row> on(DisputeTarget target) throws SQLException {
        return select("where target_kind = ? and target = ? order by id", target.kind().name(), target.id());
    }

    public List<Comment> comments(long id) throws SQLException {
        List<Comment> comments = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select at, author, text from dispute_comment where dispute_id = ? order by at, id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    comments.add(new Comment(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return comments;
    }

    private List<Row> select(String tail, Object... args) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select " + COLUMNS + " from dispute " + tail)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime closed = rs.getObject(9, OffsetDateTime.class);
                    rows.add(new Row(rs.getLong(1), new DisputeTarget(DisputeTarget.Kind.valueOf(rs.getString(2)), rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                            DisputeStatus.valueOf(rs.getString(8)), Optional.ofNullable(closed).map(OffsetDateTime::toInstant),
                            Optional.ofNullable(rs.getString(10))));
                }
            }
        }
        return rows;
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
