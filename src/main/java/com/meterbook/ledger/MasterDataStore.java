package com.meterbook.ledger;

import com.meterbook.billing.RecurringCharge;
import com.meterbook.domain.Customer;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.rating.BandCalendar;
import com.meterbook.rating.BandWindow;
import com.meterbook.rating.CustomerDirectory;
import com.meterbook.rating.Holiday;
import com.meterbook.rating.RateRow;
import com.meterbook.rating.RateTable;
import org.hibernate.Session;

import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Settings, customers, rates, bands, holidays and recurring charges, through Hibernate. */
public final class MasterDataStore {

    private final Session session;

    public MasterDataStore(Session session) {
        this.session = session;
    }

    public Optional<LedgerSettings> settings() {
        return Optional.ofNullable(session.find(SettingsEntity.class, 1)).map(SettingsEntity::toDomain);
    }

    public void saveSettings(LedgerSettings settings) {
        session.merge(SettingsEntity.from(settings));
    }

    public List<Customer> customers() {
        return session.createSelectionQuery("from CustomerEntity order by account", CustomerEntity.class)
                .getResultList().stream().map(CustomerEntity::toDomain).toList();
    }

    public Optional<Customer> customer(String account) {
        return Optional.ofNullable(session.find(CustomerEntity.class, account)).map(CustomerEntity::toDomain);
    }

    /** The account holding a (normalised) number or meter id, if any. */
    public Optional<String> holderOf(String number) {
        return session.createNativeQuery("select account from customer_number where number = :n", String.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    /** Adds a number to a customer's numbers (an operator's assignment); the caller checked that no one else holds it. */
    public void addNumber(String account, String number) {
        CustomerEntity e = session.find(CustomerEntity.class, account);
        if (e == null) {
            throw new IllegalArgumentException("no customer " + account);
        }
        e.numbers.add(number);
        session.flush();
    }

    public CustomerDirectory directory() {
        return new CustomerDirectory(customers());
    }

    /** Adds or replaces customers by account, numbers included. */
    public void upsertCustomers(Collection<Customer> customers) {
        for (Customer c : customers) {
            CustomerEntity e = session.find(CustomerEntity.class, c.account());
            if (e == null) {
                e = new CustomerEntity();
                e.assign(c);
                session.persist(e);
            } else {
                e.assign(c);
            }
        }
        session.flush();
    }

    public List<RateRow> rateRows() {
        return session.createSelectionQuery("from RateRowEntity order by id", RateRowEntity.class)
                .getResultList().stream().map(RateRowEntity::toDomain).toList();
    }

    public RateTable rateTable() {
        return RateTable.of(rateRows());
    }

    /** Adds rows; a row with the same plan, account, prefix, band, date, slot and tier replaces the old one. */
    public void mergeRateRows(Collection<RateRow> rows) {
        java.util.Map<String, RateRowEntity> existing = new java.util.HashMap<>();
        session.createSelectionQuery("from RateRowEntity", RateRowEntity.class).getResultList()
                .forEach(e -> existing.put(e.rowKey, e));
        for (RateRow row : rows) {
            RateRowEntity e = existing.get(row.identity());
            if (e == null) {
                e = new RateRowEntity();
                e.assign(row);
                session.persist(e);
                existing.put(e.rowKey, e);
            } else {
                e.assign(row);
            }
        }
        session.flush();
    }

    /**
     * Replaces every row of one owner ({@code plan:P} or {@code account:A}, see {@link RateRow#owner()})
     * with {@code rows}, which must all belong to it; other owners' rows are not touched.
     */
    public void replaceRateRows(String owner, Collection<RateRow> rows) {
        for (RateRow row : rows) {
            if (!row.owner().equals(owner)) {
                throw new IllegalArgumentException("row " + row.identity() + " does not belong to " + owner);
            }
        }
        session.createSelectionQuery("from RateRowEntity", RateRowEntity.class).getResultList().stream()
                .filter(e -> e.toDomain().owner().equals(owner))
                .forEach(session::remove);
        session.flush();
        for (RateRow row : rows) {
            RateRowEntity e = new RateRowEntity();
            e.assign(row);
            session.persist(e);
        }
        session.flush();
    }

    /** The band table as written, in the order its windows are tried. */
    public List<BandRow> bandRows() {
        return session.createSelectionQuery("from BandWindowEntity order by position", BandWindowEntity.class)
                .getResultList().stream().map(e -> new BandRow(e.band, e.days, e.startTime, e.endTime)).toList();
    }

    public List<Holiday> holidays() {
        return session.createSelectionQuery("from HolidayEntity order by date", HolidayEntity.class)
                .getResultList().stream().map(HolidayEntity::toDomain).toList();
    }

    /** Replaces the whole holiday list. */
    public void replaceHolidays(Collection<Holiday> holidays) {
        session.createMutationQuery("delete from HolidayEntity").executeUpdate();
        session.flush();
        upsertHolidays(holidays);
    }

    public BandCalendar calendar() {
        List<BandWindow> windows = session.createSelectionQuery("from BandWindowEntity order by position", BandWindowEntity.class)
                .getResultList().stream().map(BandWindowEntity::toDomain).toList();
        List<Holiday> holidays = session.createSelectionQuery("from HolidayEntity", HolidayEntity.class)
                .getResultList().stream().map(HolidayEntity::toDomain).toList();
        return new BandCalendar(windows, holidays);
    }

    /** Replaces the band table: its order is the order in which windows are tried. */
    public void replaceBands(List<BandRow> rows) {
        session.createMutationQuery("delete from BandWindowEntity").executeUpdate();
        session.flush();
        int position = 1;
        for (BandRow row : rows) {
            session.persist(BandWindowEntity.of(position++, row.band(), row.days(), row.start(), row.end()));
        }
        session.flush();
    }

    /** A bands.csv row as written, kept so that the table can be shown and exported as imported. */
    public record BandRow(String band, String days, LocalTime start, LocalTime end) {
    }

    public void upsertHolidays(Collection<Holiday> holidays) {
        for (Holiday h : holidays) {
            HolidayEntity e = session.find(HolidayEntity.class, h.date());
            if (e == null) {
                e = new HolidayEntity();
                e.assign(h);
                session.persist(e);
            } else {
                e.assign(h);
            }
        }
        session.flush();
    }

    public List<RecurringCharge> recurringCharges() {
        return session.createSelectionQuery("from RecurringChargeEntity order by account, id", RecurringChargeEntity.class)
                .getResultList().stream().map(RecurringChargeEntity::toDomain).toList();
    }

    /** Adds the file's rows; a row identical to one of an earlier import of the same rows is not added twice. */
    public void upsertRecurring(Collection<RecurringCharge> charges) {
        java.util.Map<String, Integer> occurrences = new java.util.HashMap<>();
        for (RecurringCharge r : charges) {
            String key = r.identity() + "#" + occurrences.merge(r.identity(), 1, Integer::sum);
            RecurringChargeEntity e = session.createSelectionQuery("from RecurringChargeEntity where rowKey = :k", RecurringChargeEntity.class)
                    .setParameter("k", key).uniqueResult();
            if (e == null) {
                e = new RecurringChargeEntity();
                e.assign(r, key);
                session.persist(e);
            }
        }
        session.flush();
    }
}
