package com.meterbook.ledger;

import com.meterbook.billing.Balance;
import com.meterbook.billing.CreditApplication;
import com.meterbook.billing.Invoice;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Closed cycles, their balances and invoices; and the usage sums a close reads. */
public final class CycleStore {

    private final Session session;

    public CycleStore(Session session) {
        this.session = session;
    }

    public Set<YearMonth> closedPeriods() {
        return session.createSelectionQuery("select period from CycleEntity", Integer.class).getResultList().stream()
                .map(Periods::of).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Periods that hold any usage record. */
    public Set<YearMonth> periodsWithRecords() {
        return session.createNativeQuery("select distinct period from usage_record", Integer.class).getResultList().stream()
                .map(Periods::of).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The sum of rated charges per customer in a period. */
    public Map<String, BigDecimal> usageByCustomer(YearMonth period) {
        Map<String, BigDecimal> sums = new HashMap<>();
        List<Object[]> rows = session.createNativeQuery("select customer, sum(charge) from usage_record where period = :p "
                + "and status = 'RATED' group by customer", Object[].class).setParameter("p", Periods.toInt(period)).getResultList();
        for (Object[] row : rows) {
            sums.put((String) row[0], (BigDecimal) row[1]);
        }
        return sums;
    }

    /** What each customer carried out of its last closed cycle before this period. */
    public Map<String, BigDecimal> carriedInto(YearMonth period) {
        Map<String, BigDecimal> carried = new HashMap<>();
        List<BalanceEntity> rows = session.createSelectionQuery("from BalanceEntity b where b.period = (select max(b2.period) "
                + "from BalanceEntity b2 where b2.account = b.account and b2.period < :p)", BalanceEntity.class)
                .setParameter("p", Periods.toInt(period)).getResultList();
        rows.forEach(b -> carried.put(b.account, b.carriedForward));
        return carried;
    }

    public Map<String, Long> lastInvoiceSequences() {
        Map<String, Long> last = new HashMap<>();
        List<Object[]> rows = session.createSelectionQuery("select entity, max(sequence) from InvoiceEntity group by entity", Object[].class)
                .getResultList();
        rows.forEach(r -> last.put((String) r[0], (Long) r[1]));
        return last;
    }

    public void saveClose(YearMonth period, List<Balance> balances, Instant now, String actor) {
        CycleEntity cycle = new CycleEntity();
        cycle.period = Periods.toInt(period);
        cycle.closedAt = now.atOffset(ZoneOffset.UTC);
        cycle.closedBy = actor;
        session.persist(cycle);
        for (Balance b : balances) {
            session.persist(BalanceEntity.from(b));
            b.invoice().ifPresent(i -> session.persist(InvoiceEntity.from(i, now.atOffset(ZoneOffset.UTC))));
        }
        session.flush();
    }

    /** A closed cycle's balances as stored, each with the credit notes its close deducted. */
    public List<Balance> balances(YearMonth period, int decimals) {
        Map<String, Invoice> invoices = new HashMap<>();
        session.createSelectionQuery("from InvoiceEntity where period = :p", InvoiceEntity.class).setParameter("p", Periods.toInt(period))
                .getResultList().forEach(i -> invoices.put(i.account, i.toDomain(decimals)));
        Map<String, List<CreditNoteStore.Applied>> credits = creditsIn(period);
        return session.createSelectionQuery("from BalanceEntity where period = :p order by account", BalanceEntity.class)
                .setParameter("p", Periods.toInt(period)).getResultList().stream()
                .map(b -> withCredits(b.toDomain(decimals, Optional.ofNullable(invoices.get(b.account))),
                        credits.getOrDefault(b.account, List.of()), decimals)).toList();
    }

    public List<Invoice> invoices(YearMonth period, int decimals) {
        Map<String, List<CreditNoteStore.Applied>> credits = creditsIn(period);
        return session.createSelectionQuery("from InvoiceEntity where period = :p order by entity, sequence", InvoiceEntity.class)
                .setParameter("p", Periods.toInt(period)).getResultList().stream()
                .map(i -> i.toDomain(decimals).withCredit(creditSum(credits.getOrDefault(i.account, List.of()), decimals))).toList();
    }

    /** When a closed cycle was closed. */
    public Optional<Instant> closedAt(YearMonth period) {
        return Optional.ofNullable(session.find(CycleEntity.class, Periods.toInt(period))).map(c -> c.closedAt.toInstant());
    }

    /** When an invoice was issued (its cycle's close). */
    public Optional<Instant> issuedAt(String number) {
        return Optional.ofNullable(session.find(InvoiceEntity.class, number)).map(i -> i.issuedAt.toInstant());
    }

    public Optional<Invoice> invoice(String number, int decimals) {
        return Optional.ofNullable(session.find(InvoiceEntity.class, number)).map(i -> i.toDomain(decimals)
                .withCredit(creditSum(creditsIn(Periods.of(i.period)).getOrDefault(i.account, List.of()), decimals)));
    }

    private Map<String, List<CreditNoteStore.Applied>> creditsIn(YearMonth period) {
        return session.doReturningWork(c -> new CreditNoteStore(c).appliedIn(period));
    }

    private static Balance withCredits(Balance b, List<CreditNoteStore.Applied> applied, int decimals) {
        return b.withCredits(creditSum(applied, decimals), applied.stream()
                .map(a -> new CreditApplication(a.creditNote(), BalanceEntity.scaled(a.amount(), decimals))).toList());
    }

    private static BigDecimal creditSum(List<CreditNoteStore.Applied> applied, int decimals) {
        return BalanceEntity.scaled(applied.stream().map(CreditNoteStore.Applied::amount).reduce(BigDecimal.ZERO, BigDecimal::add), decimals);
    }
}
