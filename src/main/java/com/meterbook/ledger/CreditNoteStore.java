package com.meterbook.ledger;

import com.meterbook.billing.Balance;
import com.meterbook.billing.CreditApplication;
import com.meterbook.billing.CreditNote;
import com.meterbook.billing.DisputeTarget;
import com.meterbook.billing.OpenCredit;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Credit notes and the parts of them each cycle close deducted, on the JDBC side of a transaction. */
public final class CreditNoteStore {

    /** A credit note as stored, with what closes deducted of it so far. */
    public record Row(CreditNote note, long disputeId, DisputeTarget target, Instant issuedAt, String issuedBy, String reason,
                      BigDecimal applied, List<Applied> applications) {
        public BigDecimal remaining() {
            return note.amount().subtract(applied);
        }
    }

    /** The part of a credit note one close deducted: the period, and the invoice it went on (none when carried). */
    public record Applied(String creditNote, YearMonth period, String account, BigDecimal amount, Optional<String> invoice) {
    }

    private final Connection connection;

    public CreditNoteStore(Connection connection) {
        this.connection = connection;
    }

    public long lastSequence(String entity) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select coalesce(max(sequence), 0) from credit_note where entity = ?")) {
            ps.setString(1, entity);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public void issue(CreditNote note, long disputeId, Instant at, String by) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("insert into credit_note(credit_no, entity, sequence, account, dispute_id, "
                + "amount, issued_at, issued_by) values (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, note.number());
            ps.setString(2, note.entity());
            ps.setLong(3, note.sequence());
            ps.setString(4, note.account());
            ps.setLong(5, disputeId);
            ps.setBigDecimal(6, note.amount());
            ps.setObject(7, DisputeStore.utc(at));
            ps.setString(8, by);
            ps.executeUpdate();
        }
    }

    /** What credit notes issued on disputes of this target have given so far. */
    public BigDecimal creditedOn(DisputeTarget target) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select coalesce(sum(n.amount), 0) from credit_note n join dispute d "
                + "on d.id = n.dispute_id where d.target_kind = ? and d.target = ?")) {
            ps.setString(1, target.kind().name());
            ps.setString(2, target.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    /** Every credit note, oldest first, with its applications. */
    public List<Row> all() throws SQLException {
        Map<String, List<Applied>> applied = new HashMap<>();
        for (Applied a : applications("")) {
            applied.computeIfAbsent(a.creditNote(), k -> new ArrayList<>()).add(a);
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select n.credit_no, n.entity, n.sequence, n.account, n.amount, n.dispute_id, "
                + "d.target_kind, d.target, n.issued_at, n.issued_by, d.reason from credit_note n join dispute d on d.id = n.dispute_id "
                + "order by n.issued_at, n.entity, n.sequence"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                CreditNote note = new CreditNote(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getBigDecimal(5));
                List<Applied> own = applied.getOrDefault(note.number(), List.of());
                BigDecimal sum = own.stream().map(Applied::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                rows.add(new Row(note, rs.getLong(6), new DisputeTarget(DisputeTarget.Kind.valueOf(rs.getString(7)), rs.getString(8)),
                        rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getString(10), rs.getString(11), sum, own));
            }
        }
        return rows;
    }

    public Optional<Row> find(String number) throws SQLException {
        return all().stream().filter(r -> r.note().number().equals(number)).findFirst();
    }

    /** Each customer's credit notes with something left, oldest first. */
    public Map<String, List<OpenCredit>> open() throws SQLException {
        Map<String, List<OpenCredit>> open = new LinkedHashMap<>();
        for (Row r : all()) {
            if (r.remaining().signum() > 0) {
                open.computeIfAbsent(r.note().account(), k -> new ArrayList<>()).add(new OpenCredit(r.note().number(), r.remaining()));
            }
        }
        return open;
    }

    /** Records what a close deducted, in the close's own period. */
    public void apply(YearMonth period, List<Balance> balances, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("insert into credit_application(credit_no, period, account, amount, "
                + "invoice_no, applied_at) values (?,?,?,?,?,?)")) {
            for (Balance b : balances) {
                for (CreditApplication a : b.credits()) {
                    ps.setString(1, a.creditNote());
                    ps.setInt(2, Periods.toInt(period));
                    ps.setString(3, b.account());
                    ps.setBigDecimal(4, a.amount());
                    ps.setString(5, b.invoice().map(com.meterbook.billing.Invoice::number).orElse(null));
                    ps.setObject(6, DisputeStore.utc(at));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** What the close of {@code period} deducted, per account. */
    public Map<String, List<Applied>> appliedIn(YearMonth period) throws SQLException {
        Map<String, List<Applied>> byAccount = new HashMap<>();
        for (Applied a : applications("where period = " + Periods.toInt(period))) {
            byAccount.computeIfAbsent(a.account(), k -> new ArrayList<>()).add(a);
        }
        return byAccount;
    }

    private List<Applied> applications(String where) throws SQLException {
        List<Applied> list = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select credit_no, period, account, amount, invoice_no from credit_application "
                + where + " order by period, credit_no"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Applied(rs.getString(1), Periods.of(rs.getInt(2)), rs.getString(3), rs.getBigDecimal(4),
                        Optional.ofNullable(rs.getString(5))));
            }
        }
        return list;
    }
}
