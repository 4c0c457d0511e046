package com.meterbook.operations;

import com.meterbook.ledger.CreditNoteStore;
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
}
