package com.meterbook.operations;

import com.meterbook.ledger.AuditStore;
import com.meterbook.ledger.ExceptionItem;
import com.meterbook.ledger.ExceptionStore;
import com.meterbook.ledger.UsageRow;
import com.meterbook.ledger.UsageStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One exception action inside its transaction: the items it applies to (the others skipped, with
 * why), their stored records, and at the end each item resolved or re-queued and audited.
 */
final class ActionRun {

    private final String action;
    private final String actor;
    private final Instant now;
    final List<ExceptionItem> items = new ArrayList<>();
    final List<ActionResult.Skipped> skipped = new ArrayList<>();
    final List<UsageRow> rows = new ArrayList<>();

    private ActionRun(String action, String actor, Instant now) {
        this.action = action;
        this.actor = actor;
        this.now = now;
    }

    /**
     * Picks the open items among {@code ids} that {@code refusal} lets through (it answers why not, or
     * null) and loads their records.
     */
    static ActionRun select(Connection c, String action, String actor, Instant now, Collection<Long> ids,
                            Function<ExceptionItem, String> refusal) throws SQLException {
        ActionRun run = new ActionRun(action, actor, now);
        Map<Long, ExceptionItem> found = new HashMap<>();
        new ExceptionStore(c).byIds(ids).forEach(i -> found.put(i.id(), i));
        List<Long> rowIds = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            ExceptionItem item = found.get(id);
            String why = item == null ? "no exception " + id
                    : !item.isOpen() ? "exception " + id + " is already resolved (" + item.resolution() + ")" : refusal.apply(item);
            if (why != null) {
                run.skipped.add(new ActionResult.Skipped(id, why));
                continue;
            }
            run.items.add(item);
            if (item.hasRecord() && !rowIds.contains(item.rowId())) {
                rowIds.add(item.rowId());
            }
        }
        run.rows.addAll(new UsageStore(c).load(rowIds));
        return run;
    }

    /** Refuses items without a stored record: only a write-off applies to them. */
    static String needsRecord(ExceptionItem item) {
        return item.hasRecord() ? null
                : "exception " + item.id() + " (" + item.reason() + ") has no stored record to rate: only a write-off applies";
    }

    /** Resolves or re-queues each item by its record's outcome, with an audit entry each. */
    ActionResult finish(Connection c, String resolution, String what, Map<Long, QueuedRating.Outcome> outcomes) throws SQLException {
        ExceptionStore store = new ExceptionStore(c);
        List<AuditStore.Entry> audit = new ArrayList<>();
        List<ActionResult.Done> done = new ArrayList<>();
        for (ExceptionItem item : items) {
            QueuedRating.Outcome outcome = item.hasRecord() ? outcomes.get(item.rowId()) : null;
            boolean resolved = outcome == null || outcome.billed();
            String detail = what + (outcome == null ? "" : "; " + outcome.describe());
            if (resolved) {
                store.resolve(item.id(), resolution, actor, detail, now);
            } else {
                store.reopenAs(item.id(), outcome.reason(), outcome.detail());
            }
            audit.add(new AuditStore.Entry(now, actor, "exception " + action, item.subject(),
                    detail + (item.recordId() == null ? "" : " (record " + item.recordId() + ")")));
            done.add(new ActionResult.Done(item.id(), item.recordId(), resolved, detail));
        }
        new AuditStore(c).add(audit);
        return new ActionResult(action, done, skipped);
    }
}
