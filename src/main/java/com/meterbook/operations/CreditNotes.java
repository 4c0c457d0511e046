package com.meterbook.operations;

import com.meterbook.documents.CreditNoteSheet;
import com.meterbook.billing.DisputeTarget;
import com.meterbook.domain.Customer;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.CreditNoteStore;
import com.meterbook.ledger.MasterDataStore;
import org.hibernate.Session;
import com.meterbook.ledger.Ledger;

import java.util.List;
import java.util.Optional;

/** Credit notes as issued, with what cycle closes have deducted of them. */
public final class CreditNotes {

    private final Ledger ledger;

    public CreditNotes(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Every credit note, oldest first. */
    public List<CreditNoteStore.Row> all() {
        return ledger.inTransaction(session -> session.doReturningWork(c -> new CreditNoteStore(c).all()));
    }

    public Optional<CreditNoteStore.Row> find(String number) {
        return ledger.inTransaction(session -> session.doReturningWork(c -> new CreditNoteStore(c).find(number)));
    }

    /** The printable content of a credit note. */
    public CreditNoteSheet sheet(String number) {
        return ledger.inTransaction(session -> {
            CreditNoteStore.Row row = session.doReturningWork(c -> new CreditNoteStore(c).find(number))
                    .orElseThrow(() -> new ActionRefusedException("no credit note " + number));
            LedgerSettings settings = RatingContext.settings(session);
            String name = new MasterDataStore(session).customer(row.note().account()).map(Customer::name).orElse("");
            List<String> deductions = row.applications().stream().map(a -> a.period() + ": "
                    + settings.money(settings.atScale(a.amount())).format() + " "
                    + a.invoice().map(i -> "on invoice " + i).orElse("from the balance carried forward")).toList();
            return new CreditNoteSheet(row.note().number(), row.note().entity(), row.issuedAt().atZone(settings.zone()).toLocalDate(),
                    row.note().account(), name, disputed(session, settings, row.target()), settings.money(settings.atScale(row.note().amount())),
                    row.reason(), deductions, settings.money(settings.atScale(row.remaining())));
        });
    }

    private static String disputed(Session session, LedgerSettings settings, DisputeTarget target) {
        return DisputedAmount.find(session, target).map(d -> (target.kind() == DisputeTarget.Kind.RECORD ? "Usage record " : "Invoice ")
                + target.id() + " (" + (target.kind() == DisputeTarget.Kind.RECORD ? "charge " : "subtotal before tax ")
                + settings.money(settings.atScale(d.amount())).format() + ")").orElse(target.toString());
    }
}
