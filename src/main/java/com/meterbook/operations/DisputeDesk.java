package com.meterbook.operations;

import com.meterbook.documents.CreditNoteSheet;
import com.meterbook.billing.CreditNote;
import com.meterbook.billing.DisputeTarget;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.DisputeStore;
import com.meterbook.ledger.Ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** The Disputes screen's door to the ledger: {@link Disputes} and {@link CreditNotes}, each step done as one user. */
public final class DisputeDesk {

    private final Ledger ledger;
    private final Disputes disputes;
    private final String user;

    public DisputeDesk(Ledger ledger, Clock clock, String user) {
        this.ledger = ledger;
        this.disputes = new Disputes(ledger, clock);
        this.user = user;
    }

    public LedgerSettings settings() {
        return ledger.inTransaction(RatingContext::settings);
    }

    public long open(DisputeTarget target, String reason) {
        return disputes.open(target, reason, user);
    }

    public void comment(long id, String text) {
        disputes.comment(id, text, user);
    }

    public void reject(long id, String comment) {
        disputes.reject(id, comment, user);
    }

    public CreditNote credit(long id, BigDecimal amount, String comment) {
        return disputes.credit(id, amount, comment, user);
    }

    public List<DisputeStore.Row> list(DisputeFilter filter) {
        return disputes.list(filter);
    }

    public DisputeDetail show(long id) {
        return disputes.show(id);
    }

    public CreditNoteSheet sheet(String creditNote) {
        return new CreditNotes(ledger).sheet(creditNote);
    }
}
