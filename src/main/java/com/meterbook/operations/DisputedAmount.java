package com.meterbook.operations;

import com.meterbook.billing.DisputeTarget;
import com.meterbook.billing.Invoice;
import com.meterbook.domain.Customer;
import com.meterbook.ledger.CycleStore;
import com.meterbook.ledger.MasterDataStore;
import com.meterbook.ledger.UsagePages;
import com.meterbook.ledger.UsageRow;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.util.Optional;

/** What a dispute's target billed, and whose it is: a rated record's charge, or an invoice's subtotal before tax. */
record DisputedAmount(String account, String entity, BigDecimal amount, String what) {

    static DisputedAmount of(Session session, DisputeTarget target) {
        return find(session, target).orElseThrow(() -> new ActionRefusedException(problem(session, target)));
    }

    static Optional<DisputedAmount> find(Session session, DisputeTarget target) {
        if (target.kind() == DisputeTarget.Kind.INVOICE) {
            int decimals = RatingContext.settings(session).decimals();
            Optional<Invoice> invoice = new CycleStore(session).invoice(target.id(), decimals);
            return invoice.map(i -> new DisputedAmount(i.account(), i.entity(), i.subtotal(), "the invoice's subtotal before tax"));
        }
        Optional<UsageRow> row = record(session, target.id()).filter(r -> r.status == UsageRow.Status.RATED);
        return row.map(r -> new DisputedAmount(r.customer, new MasterDataStore(session).customer(r.customer)
                .map(Customer::entity).orElse(Customer.DEFAULT_ENTITY), r.charge, "the record's charge"));
    }

    private static Optional<UsageRow> record(Session session, String recordId) {
        return session.doReturningWork(c -> new UsagePages(c).byRecordId(recordId));
    }

    private static String problem(Session session, DisputeTarget target) {
        if (target.kind() == DisputeTarget.Kind.INVOICE) {
            return "no invoice " + target.id();
        }
        return record(session, target.id()).map(r -> r.status == UsageRow.Status.ZERO
                        ? "record " + target.id() + " has no charge (quantity 0)"
                        : "record " + target.id() + " is not billed (it is in the exception queue)")
                .orElse("no record " + target.id());
    }
}
