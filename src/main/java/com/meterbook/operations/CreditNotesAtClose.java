package com.meterbook.operations;

import com.meterbook.billing.Balance;
import com.meterbook.billing.CreditApplication;
import com.meterbook.billing.Invoice;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.CreditNoteStore;
import com.meterbook.ledger.ImportLog;
import org.hibernate.Session;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Part of a cycle close: stores what the close deducted of each credit note and audits it on the note's dispute. */
final class CreditNotesAtClose {

    private CreditNotesAtClose() {
    }

    static void record(Session session, YearMonth period, List<Balance> balances, Instant now, String actor) {
        if (balances.stream().allMatch(b -> b.credits().isEmpty())) {
            return;
        }
        Map<String, CreditNoteStore.Row> notes = new HashMap<>();
        session.doWork(c -> {
            CreditNoteStore store = new CreditNoteStore(c);
            store.all().forEach(r -> notes.put(r.note().number(), r));
            store.apply(period, balances, now);
        });
        LedgerSettings settings = RatingContext.settings(session);
        ImportLog log = new ImportLog(session);
        for (Balance b : balances) {
            for (CreditApplication a : b.credits()) {
                CreditNoteStore.Row note = notes.get(a.creditNote());
                String where = b.invoice().map(Invoice::number).map(n -> "invoice " + n).orElse("the carried balance");
                log.audit(now, actor, "credit note apply", Disputes.subject(note.disputeId()), a.creditNote() + ": "
                        + settings.atScale(a.amount()).toPlainString() + " deducted at the close of " + period + " (" + where + "), "
                        + settings.atScale(note.remaining().subtract(a.amount())).toPlainString() + " left");
            }
        }
        session.flush();
    }
}
