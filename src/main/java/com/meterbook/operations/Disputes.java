package com.meterbook.operations;

import com.meterbook.billing.CreditLimit;
import com.meterbook.billing.CreditNote;
import com.meterbook.billing.DisputeStatus;
import com.meterbook.billing.DisputeTarget;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.AuditStore;
import com.meterbook.ledger.CreditNoteStore;
import com.meterbook.ledger.DisputeStore;
import com.meterbook.ledger.ImportLog;
import com.meterbook.ledger.Ledger;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Disputes on a usage record or an invoice: opened with a reason, commented, and ended rejected (with a
 * comment) or in a credit note, which the customer's next cycle close deducts. Every step is audited
 * under the subject {@code dispute <id>}, which is the dispute's history.
 */
public final class Disputes {

    private final Ledger ledger;
    private final Clock clock;

    public Disputes(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    static String subject(long id) {
        return "dispute " + id;
    }

    public long open(DisputeTarget target, String reason, String author) {
        String why = required(reason, "a dispute needs a reason");
        return ledger.inTransaction(session -> {
            DisputedAmount disputed = DisputedAmount.of(session, target);
            List<DisputeStore.Row> earlier = session.doReturningWork(c -> new DisputeStore(c).on(target));
            earlier.stream().filter(d -> d.status() == DisputeStatus.OPEN).findFirst().ifPresent(d -> {
                throw new ActionRefusedException(target + " already has open dispute " + d.id());
            });
            Instant now = clock.instant();
            long id = session.doReturningWork(c -> new DisputeStore(c).open(target, disputed.account(), why, author, now));
            audit(session, now, author, "dispute open", id, target + " of " + disputed.account() + ": " + why);
            return id;
        });
    }

    public void comment(long id, String text, String author) {
        String said = required(text, "a comment needs some text");
        ledger.run(session -> {
            find(session, id);
            Instant now = clock.instant();
            session.doWork(c -> new DisputeStore(c).comment(id, author, said, now));
            audit(session, now, author, "dispute comment", id, said);
        });
    }

    public void reject(long id, String comment, String author) {
        String said = required(comment, "a rejection needs a comment");
        ledger.run(session -> {
            stillOpen(find(session, id));
            Instant now = clock.instant();
            session.doWork(c -> {
                DisputeStore store = new DisputeStore(c);
                store.comment(id, author, said, now);
                store.end(id, DisputeStatus.REJECTED, now, null);
            });
            audit(session, now, author, "dispute reject", id, said);
        });
    }

    /** Ends the dispute in a credit note of {@code amount} (net of tax), numbered per entity without gaps. */
    public CreditNote credit(long id, BigDecimal amount, String comment, String author) {
        return ledger.inTransaction(session -> {
            DisputeStore.Row dispute = stillOpen(find(session, id));
            LedgerSettings settings = RatingContext.settings(session);
            DisputedAmount disputed = DisputedAmount.of(session, dispute.target());
            BigDecimal before = session.doReturningWork(c -> new CreditNoteStore(c).creditedOn(dispute.target()));
            try {
                CreditLimit.check(amount, disputed.what(), settings.atScale(disputed.amount()), settings.atScale(before), settings.decimals());
            } catch (IllegalArgumentException e) {
                throw new ActionRefusedException(e.getMessage());
            }
            Instant now = clock.instant();
            CreditNote note = session.doReturningWork(c -> {
                CreditNoteStore notes = new CreditNoteStore(c);
                long sequence = notes.lastSequence(disputed.entity()) + 1;
                CreditNote issued = new CreditNote(CreditNote.number(disputed.entity(), sequence), disputed.entity(), sequence,
                        dispute.account(), settings.atScale(amount));
                notes.issue(issued, id, now, author);
                DisputeStore store = new DisputeStore(c);
                if (comment != null && !comment.isBlank()) {
                    store.comment(id, author, comment.strip(), now);
                }
                store.end(id, DisputeStatus.CREDITED, now, issued.number());
                return issued;
            });
            audit(session, now, author, "credit note issue", id, note.number() + " for " + note.amount().toPlainString()
                    + " to " + note.account() + ", deducted at the customer's next cycle close"
                    + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
            return note;
        });
    }

    public List<DisputeStore.Row> list(DisputeFilter filter) {
        return ledger.inTransaction(session -> {
            var zone = RatingContext.settings(session).zone();
            return session.doReturningWork(c -> new DisputeStore(c).all()).stream().filter(d -> filter.accepts(d, zone)).toList();
        });
    }

    public DisputeDetail show(long id) {
        return ledger.inTransaction(session -> {
            DisputeStore.Row dispute = find(session, id);
            LedgerSettings settings = RatingContext.settings(session);
            Optional<DisputedAmount> disputed = DisputedAmount.find(session, dispute.target());
            return session.doReturningWork(c -> {
                CreditNoteStore notes = new CreditNoteStore(c);
                List<HistoryEntry> history = new AuditStore(c).of(subject(id)).stream()
                        .map(e -> new HistoryEntry(e.at(), e.actor(), e.action(), e.detail())).toList();
                Optional<CreditNoteStore.Row> note = dispute.creditNote().isPresent() ? notes.find(dispute.creditNote().get()) : Optional.empty();
                BigDecimal before = notes.creditedOn(dispute.target()).subtract(note.map(n -> n.note().amount()).orElse(BigDecimal.ZERO));
                return new DisputeDetail(dispute, new DisputeStore(c).comments(id), history, note,
                        settings.atScale(disputed.map(DisputedAmount::amount).orElse(BigDecimal.ZERO)), settings.atScale(before));
            });
        });
    }

    private static DisputeStore.Row find(Session session, long id) {
        return session.doReturningWork(c -> new DisputeStore(c).find(id)).orElseThrow(() -> new ActionRefusedException("no dispute " + id));
    }

    private static DisputeStore.Row stillOpen(DisputeStore.Row d) {
        if (d.status() != DisputeStatus.OPEN) {
            throw new ActionRefusedException("dispute " + d.id() + " is already " + d.status().label());
        }
        return d;
    }

    private static String required(String text, String problem) {
        if (text == null || text.isBlank()) {
            throw new ActionRefusedException(problem);
        }
        return text.strip();
    }

    private static void audit(Session session, Instant now, String author, String action, long id, String detail) {
        new ImportLog(session).audit(now, author, action, subject(id), detail);
        session.flush();
    }
}
