package com.meterbook.operations;

import com.meterbook.ledger.AuditStore;
import com.meterbook.ledger.ExceptionItem;
import com.meterbook.ledger.ExceptionStore;
import com.meterbook.ledger.Ledger;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the exception queue: the open items through a filter, one item, and an item's history. */
public final class ExceptionQueue {

    /** Resolutions that {@link ExceptionActions} audits itself; others (import, rerate) are told from the item. */
    private static final Set<String> AUDITED = Set.of(ExceptionActions.ASSIGNED, ExceptionActions.RETRIED,
            ExceptionActions.BILLED_NEXT, ExceptionActions.WRITTEN_OFF);

    private final Ledger ledger;

    public ExceptionQueue(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The open items that pass the filter, oldest first. */
    public List<ExceptionItem> open(ExceptionFilter filter) {
        return ledger.inTransaction(session -> {
            ZoneId zone = RatingContext.settings(session).zone();
            return session.doReturningWork(c -> new ExceptionStore(c).open()).stream().filter(i -> filter.test(i, zone)).toList();
        });
    }

    public Optional<ExceptionItem> item(long id) {
        return ledger.inTransaction(session -> session.doReturningWork(c -> new ExceptionStore(c).byIds(List.of(id))))
                .stream().findFirst();
    }

    /** When the item was queued, each action on it, and how it left the queue if no action did it. */
    public List<HistoryEntry> history(long id) {
        return ledger.inTransaction(session -> session.doReturningWork(c -> {
            List<ExceptionItem> found = new ExceptionStore(c).byIds(List.of(id));
            if (found.isEmpty()) {
                throw new ActionRefusedException("no exception " + id);
            }
            ExceptionItem item = found.getFirst();
            List<HistoryEntry> history = new ArrayList<>();
            history.add(new HistoryEntry(item.createdAt(), "import", "queued", "read from " + item.source()
                    + (item.line() == null ? "" : " line " + item.line())));
            for (AuditStore.Entry e : new AuditStore(c).of(item.subject())) {
                history.add(new HistoryEntry(e.at(), e.actor(), e.action(), e.detail()));
            }
            if (!item.isOpen() && !AUDITED.contains(item.resolution())) {
                history.add(new HistoryEntry(item.resolvedAt(), item.resolvedBy(), "resolved " + item.resolution(),
                        item.note() == null ? "" : item.note()));
            }
            return history;
        }));
    }
}
