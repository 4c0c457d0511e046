package com.meterbook.operations;

import com.meterbook.billing.Balance;
import com.meterbook.billing.EntityProfile;
import com.meterbook.billing.Invoice;
import com.meterbook.billing.RecurringCharge;
import com.meterbook.documents.Amount;
import com.meterbook.documents.InvoiceContent;
import com.meterbook.documents.StatementHeader;
import com.meterbook.domain.Customer;
import com.meterbook.domain.DestinationClass;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.UsageKind;
import com.meterbook.ledger.CycleStore;
import com.meterbook.ledger.EntityStore;
import com.meterbook.ledger.MasterDataStore;
import com.meterbook.ledger.Periods;
import com.meterbook.ledger.StatementRows;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What statements and invoices print, read from the ledger in the caller's transaction. */
final class DocumentSources {

    private final Session session;
    private final LedgerSettings settings;

    DocumentSources(Session session) {
        this.session = session;
        this.settings = RatingContext.settings(session);
    }

    LedgerSettings settings() {
        return settings;
    }

    Customer customer(String account) {
        return new MasterDataStore(session).customer(account)
                .orElseThrow(() -> new IllegalArgumentException("unknown account " + account));
    }

    EntityProfile entity(String code) {
        return session.doReturningWork(c -> new EntityStore(c).find(code)).orElse(EntityProfile.bare(code));
    }

    StatementHeader statement(Balance b, boolean closed, Clock clock) {
        Customer customer = customer(b.account());
        CycleStore cycles = new CycleStore(session);
        Instant at = closed ? cycles.closedAt(b.period()).orElse(clock.instant()) : clock.instant();
        LocalDate date = LocalDate.ofInstant(at, settings.zone());
        return new StatementHeader(entity(customer.entity()), customer.account(), customer.name(), b.period(), !closed, date, settings,
                b.broughtForward(), b.usage(), recurring(b.account(), b.period(), b.recurring()), b.subtotal(), b.invoice(),
                b.carriedForward(), customer.thresholdOr(settings.threshold()), b.credit());
    }

    /** How many leading characters of a target decide its destination class. */
    int digits() {
        return DestinationClass.decidingDigits(settings.countryCode());
    }

    /** The invoice as printed; {@code leads}: the customer's usage sums when already read for a whole cycle. */
    InvoiceContent invoice(Invoice i, java.util.Optional<List<StatementRows.LeadSum>> leads) {
        Customer customer = customer(i.account());
        EntityProfile entity = entity(i.entity());
        Instant issuedAt = new CycleStore(session).issuedAt(i.number()).orElseThrow();
        LocalDate issued = LocalDate.ofInstant(issuedAt, settings.zone());
        return new InvoiceContent(entity, i, customer.name(), issued, issued.plusDays(entity.paymentDays()), settings,
                usageByClass(leads.orElseGet(() -> session.doReturningWork(c -> new StatementRows(c)
                        .byLead(i.account(), Periods.toInt(i.period()), digits())))), recurring(i.account(), i.period(), i.recurring()));
    }

    /**
     * The recurring charges of the cycle, one line each; if they no longer add up to what the close
     * stored (recurring.csv changed since), the stored figure as one line, so totals stay the ledger's.
     */
    List<Amount> recurring(String account, YearMonth period, BigDecimal stored) {
        List<Amount> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (RecurringCharge r : new MasterDataStore(session).recurringCharges()) {
            if (r.account().equals(account) && r.appliesTo(period)) {
                lines.add(new Amount(r.description().isBlank() ? "Recurring charge" : r.description(), r.amount()));
                sum = sum.add(r.amount());
            }
        }
        if (sum.compareTo(stored) != 0) {
            return stored.signum() == 0 ? List.of() : List.of(new Amount("Recurring charges", stored));
        }
        return lines;
    }

    /** The cycle's usage charges by destination class, in the classes' order, leaving out classes without records. */
    List<Amount> usageByClass(List<StatementRows.LeadSum> leads) {
        String cc = settings.countryCode();
        Map<DestinationClass, BigDecimal> sums = new EnumMap<>(DestinationClass.class);
        for (StatementRows.LeadSum l : leads) {
            sums.merge(DestinationClass.of(UsageKind.valueOf(l.kind()), l.lead(), cc), l.charges(), BigDecimal::add);
        }
        List<Amount> amounts = new ArrayList<>();
        sums.forEach((k, v) -> amounts.add(new Amount(k.label(), settings.atScale(v))));
        return amounts;
    }
}
