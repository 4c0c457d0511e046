package com.meterbook.operations;

import com.meterbook.billing.Balance;
import com.meterbook.billing.CustomerCycle;
import com.meterbook.billing.CycleCloser;
import com.meterbook.billing.OpenCredit;
import com.meterbook.billing.RecurringCharge;
import com.meterbook.domain.Customer;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.CreditNoteStore;
import com.meterbook.ledger.CycleStore;
import com.meterbook.ledger.ImportLog;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.MasterDataStore;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Closes a cycle into balances and invoices in one transaction, or previews what a close would give. */
public final class CycleClose {

    private final Ledger ledger;
    private final Clock clock;
    private final String actor;

    public CycleClose(Ledger ledger, Clock clock, String actor) {
        this.ledger = ledger;
        this.clock = clock;
        this.actor = actor;
    }

    public List<Balance> close(YearMonth period) {
        return ledger.inTransaction(session -> {
            List<Balance> balances = compute(session, period, true);
            new CycleStore(session).saveClose(period, balances, clock.instant(), actor);
            CreditNotesAtClose.record(session, period, balances, clock.instant(), actor);
            long invoiced = balances.stream().filter(Balance::invoiced).count();
            new ImportLog(session).audit(clock.instant(), actor, "cycle close", period.toString(),
                    balances.size() + " customers, " + invoiced + " invoices");
            return balances;
        });
    }

    /** One customer's line of a close preview: what the close would give, beside last cycle's usage. */
    public record PreviewLine(Balance balance, BigDecimal lastUsage) {
        public BigDecimal usageChange() {
            return balance.usage().subtract(lastUsage);
        }
    }

    /**
     * What closing {@code period} would give now, with the same checks as the close (refused the same
     * way), and each customer's usage of the cycle before (zero if that one has none). Nothing is written.
     */
    public List<PreviewLine> preview(YearMonth period) {
        return ledger.inTransaction(session -> {
            List<Balance> balances = compute(session, period, true);
            Map<String, BigDecimal> last = new CycleStore(session).usageByCustomer(period.minusMonths(1));
            // charges are stored at the ledger's decimals, so their sums are exact at the usage's scale
            return balances.stream().map(b -> new PreviewLine(b, last.getOrDefault(b.account(), BigDecimal.ZERO)
                    .setScale(b.usage().scale(), java.math.RoundingMode.UNNECESSARY))).toList();
        });
    }

    /** The balances of a closed cycle as stored, or of an open cycle as a close would give them now. */
    public List<Balance> balances(YearMonth period) {
        return ledger.inTransaction(session -> {
            CycleStore cycles = new CycleStore(session);
            if (cycles.closedPeriods().contains(period)) {
                return cycles.balances(period, RatingContext.settings(session).decimals());
            }
            return compute(session, period, false);
        });
    }

    private List<Balance> compute(Session session, YearMonth period, boolean forClose) {
        LedgerSettings settings = RatingContext.settings(session);
        CycleStore cycles = new CycleStore(session);
        Set<YearMonth> closed = cycles.closedPeriods();
        if (forClose) {
            if (closed.contains(period)) {
                throw new CycleRefusedException("cycle " + period + " is already closed");
            }
            closed.stream().filter(p -> p.isAfter(period)).findFirst().ifPresent(later -> {
                throw new CycleRefusedException("cycle " + later + " is already closed; cycles close in order");
            });
            List<YearMonth> openEarlier = cycles.periodsWithRecords().stream()
                    .filter(p -> p.isBefore(period) && !closed.contains(p)).toList();
            if (!openEarlier.isEmpty()) {
                throw new CycleRefusedException("cycle " + openEarlier.getFirst() + " has records and is still open: close it first");
            }
        }
        MasterDataStore master = new MasterDataStore(session);
        Map<String, BigDecimal> usage = cycles.usageByCustomer(period);
        Map<String, BigDecimal> carried = cycles.carriedInto(period);
        Map<String, List<OpenCredit>> credits = session.doReturningWork(c -> new CreditNoteStore(c).open());
        List<RecurringCharge> recurring = master.recurringCharges().stream().filter(r -> r.appliesTo(period)).toList();
        List<CustomerCycle> inputs = new ArrayList<>();
        for (Customer c : master.customers()) {
            List<RecurringCharge> own = recurring.stream().filter(r -> r.account().equals(c.account())).toList();
            BigDecimal recurringSum = own.stream().map(RecurringCharge::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            inputs.add(new CustomerCycle(c, carried.getOrDefault(c.account(), BigDecimal.ZERO),
                    usage.getOrDefault(c.account(), BigDecimal.ZERO), recurringSum, !own.isEmpty(),
                    credits.getOrDefault(c.account(), List.of())));
        }
        return new CycleCloser(settings).close(period, inputs, cycles.lastInvoiceSequences());
    }
}
