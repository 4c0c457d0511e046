package com.meterbook.operations;

import com.meterbook.domain.ExceptionReason;
import com.meterbook.ledger.CycleStore;
import com.meterbook.ledger.ExceptionItem;
import com.meterbook.ledger.ExceptionStore;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.MasterDataStore;
import com.meterbook.ledger.Periods;
import com.meterbook.ledger.UsageCorrections;
import com.meterbook.ledger.UsageRow;
import com.meterbook.rating.RatingEngine;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The operator's ways out of the exception queue, each on one or many items, each item audited:
 * assign to a customer (who then holds the caller's number), retry with today's customers and rates,
 * bill a late record in the next open cycle, write off with a comment. Records are rated by the
 * import's own path ({@link QueuedRating}); a closed cycle is never touched.
 */
public final class ExceptionActions {

    public static final String ASSIGNED = "ASSIGNED";
    public static final String RETRIED = "RETRIED";
    public static final String BILLED_NEXT = "BILLED_NEXT";
    public static final String WRITTEN_OFF = "WRITTEN_OFF";
    /** Reasons that today's customers and rates may cure. */
    public static final Set<String> RETRYABLE = Set.of(ExceptionReason.UNKNOWN_ACCOUNT.name(), ExceptionReason.NO_RATE.name(),
            ExceptionReason.OUT_OF_POLICY.name());
    private static final Set<String> ASSIGNABLE = Set.of(ExceptionReason.UNKNOWN_ACCOUNT.name(), ExceptionReason.NO_RATE.name());

    private final Ledger ledger;
    private final Clock clock;
    private final String actor;

    public ExceptionActions(Ledger ledger, Clock clock, String actor) {
        this.ledger = ledger;
        this.clock = clock;
        this.actor = actor;
    }

    /** Assigns the items' records to {@code account}, which remembers their caller numbers, and rates them. */
    public ActionResult assign(Collection<Long> ids, String account) {
        return ledger.inTransaction(session -> {
            MasterDataStore master = new MasterDataStore(session);
            if (master.customer(account).isEmpty()) {
                throw new ActionRefusedException("no customer " + account);
            }
            Instant now = clock.instant();
            ActionRun run = session.doReturningWork(c -> ActionRun.select(c, "assign", actor, now, ids, item -> ActionRun.needsRecord(item) != null
                    ? ActionRun.needsRecord(item)
                    : ASSIGNABLE.contains(item.reason()) ? null : "exception " + item.id() + " is " + item.reason() + ", not a customer problem"));
            List<String> notes = new ArrayList<>();
            for (UsageRow row : run.rows) {
                String number = row.record.caller();
                Optional<String> holder = number.isEmpty() ? Optional.of(account) : master.holderOf(number);
                if (holder.isEmpty()) {
                    master.addNumber(account, number);
                    notes.add(number + " remembered for " + account);
                } else if (!holder.get().equals(account)) {
                    notes.add(number + " stays with " + holder.get());
                }
            }
            RatingEngine engine = RatingContext.load(session);
            return session.doReturningWork(c -> {
                UsageCorrections corrections = new UsageCorrections(c);
                for (UsageRow row : run.rows) {
                    corrections.assignAccount(row.rowId, account);
                    row.record = row.record.withAccount(account);
                }
                String what = "assigned to " + account + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
                return run.finish(c, ASSIGNED, what, QueuedRating.rate(c, engine, run.rows));
            });
        });
    }

    /** Rates the items' records again with today's customers and rates; those that now rate leave the queue. */
    public ActionResult retry(Collection<Long> ids) {
        return ledger.inTransaction(session -> {
            Instant now = clock.instant();
            ActionRun run = session.doReturningWork(c -> ActionRun.select(c, "retry", actor, now, ids, retryRefusal()));
            RatingEngine engine = RatingContext.load(session);
            return session.doReturningWork(c -> run.finish(c, RETRIED, "rated again with today's rates",
                    QueuedRating.rate(c, engine, run.rows)));
        });
    }

    /** {@link #retry} of every open item whose reason today's customers and rates may cure. */
    public ActionResult retryAll() {
        List<Long> ids = ledger.inTransaction(session -> session.doReturningWork(c -> new ExceptionStore(c).open().stream()
                .filter(i -> i.hasRecord() && RETRYABLE.contains(i.reason())).map(ExceptionItem::id).toList()));
        return retry(ids);
    }

    /** Bills late records in the next open cycle (the month after the last closed one) and rates them there. */
    public ActionResult billNext(Collection<Long> ids) {
        return ledger.inTransaction(session -> {
            Instant now = clock.instant();
            Set<YearMonth> closed = new CycleStore(session).closedPeriods();
            ActionRun run = session.doReturningWork(c -> ActionRun.select(c, "bill-next", actor, now, ids, item -> ActionRun.needsRecord(item) != null
                    ? ActionRun.needsRecord(item)
                    : ExceptionReason.LATE_RECORD.name().equals(item.reason()) ? null
                    : "exception " + item.id() + " is " + item.reason() + ": only a late record is billed in the next open cycle"));
            if (run.items.isEmpty()) {
                return new ActionResult("bill-next", List.of(), run.skipped);
            }
            YearMonth next = closed.stream().max(YearMonth::compareTo).orElseThrow(
                    () -> new ActionRefusedException("no cycle is closed, so no record is late")).plusMonths(1);
            RatingEngine engine = RatingContext.load(session);
            return session.doReturningWork(c -> {
                UsageCorrections corrections = new UsageCorrections(c);
                for (UsageRow row : run.rows) {
                    corrections.billIn(row.rowId, Periods.toInt(next));
                    row.period = Periods.toInt(next);
                }
                return run.finish(c, BILLED_NEXT, "billed in the next open cycle " + next, QueuedRating.rate(c, engine, run.rows));
            });
        });
    }

    /** Writes the items off with the operator's comment: their records stay uncharged and no re-rate picks them up. */
    public ActionResult writeOff(Collection<Long> ids, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new ActionRefusedException("a write-off needs a comment");
        }
        return ledger.inTransaction(session -> session.doReturningWork(c -> {
            ActionRun run = ActionRun.select(c, "write-off", actor, clock.instant(), ids, item -> null);
            UsageCorrections corrections = new UsageCorrections(c);
            for (UsageRow row : run.rows) {
                corrections.writeOff(row.rowId);
            }
            return run.finish(c, WRITTEN_OFF, "written off: " + comment.strip(), Map.of());
        }));
    }

    private static Function<ExceptionItem, String> retryRefusal() {
        return item -> {
            if (ActionRun.needsRecord(item) != null) {
                return ActionRun.needsRecord(item);
            }
            if (ExceptionReason.LATE_RECORD.name().equals(item.reason())) {
                return "exception " + item.id() + " is a late record: bill it in the next open cycle";
            }
            return RETRYABLE.contains(item.reason()) ? null : "exception " + item.id() + " is " + item.reason() + ": rating again cannot cure it";
        };
    }
}
