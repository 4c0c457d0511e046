package com.meterbook.operations;

import com.meterbook.domain.ExceptionReason;
import com.meterbook.ledger.CycleStore;
import com.meterbook.ledger.ExceptionStore;
import com.meterbook.ledger.ImportLog;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.Periods;
import com.meterbook.ledger.TierStore;
import com.meterbook.ledger.UsageRow;
import com.meterbook.ledger.UsageStore;
import com.meterbook.rating.Assessment;
import com.meterbook.rating.Price;
import com.meterbook.rating.RatingEngine;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-rates an open cycle against today's customers, rates and bands, in cycle order: rated records
 * get new charges, and records queued as UNKNOWN_ACCOUNT, NO_RATE or OUT_OF_POLICY are tried again
 * (those that now rate are resolved, with the resolution audited).
 */
public final class Rerate {

    public record Summary(long rated, long changed, long resolved, long queued) {
        public String line() {
            return "rerated " + rated + ", changed " + changed + ", resolved " + resolved + ", exceptions " + queued;
        }
    }

    private final Ledger ledger;
    private final Clock clock;
    private final String actor;

    public Rerate(Ledger ledger, Clock clock, String actor) {
        this.ledger = ledger;
        this.clock = clock;
        this.actor = actor;
    }

    public Summary rerate(YearMonth period) {
        return ledger.inTransaction(session -> {
            if (new CycleStore(session).closedPeriods().contains(period)) {
                throw new CycleRefusedException("cycle " + period + " is closed: corrections to a closed cycle are credit notes");
            }
            RatingEngine engine = RatingContext.load(session);
            Instant now = clock.instant();
            long[] counts = new long[4];
            ImportLog log = new ImportLog(session);
            Map<Long, String> sourceNames = new HashMap<>();
            java.util.function.Function<Long, String> sources = id -> id == null ? "rerate"
                    : sourceNames.computeIfAbsent(id, k -> log.sourceName(k).orElse("rerate"));
            session.doWork(connection -> {
                UsageStore usage = new UsageStore(connection);
                TierStore tiers = new TierStore(connection);
                ExceptionStore exceptions = new ExceptionStore(connection);
                tiers.deletePeriod(Periods.toInt(period));
                Map<String, BigDecimal> counters = new HashMap<>();
                usage.forEachInPeriod(Periods.toInt(period), "(status = 'RATED' or (status = 'QUEUED' and reason in "
                        + "('UNKNOWN_ACCOUNT', 'NO_RATE', 'OUT_OF_POLICY')))", batch -> {
                    List<UsageRow> changed = new ArrayList<>();
                    List<TierStore.Entry> entries = new ArrayList<>();
                    for (UsageRow row : batch) {
                        UsageRow.Status before = row.status;
                        String reasonBefore = row.reason;
                        BigDecimal chargeBefore = row.charge;
                        Assessment a = StoredAssessment.of(engine, row);
                        if (a instanceof Assessment.Billable b) {
                            String key = b.counterKey();
                            BigDecimal c = b.selection().tierSensitive() ? counters.getOrDefault(key, BigDecimal.ZERO) : BigDecimal.ZERO;
                            Price price = engine.price(b, row.record.quantity(), c);
                            Optional<String> overMax = engine.overMaxCharge(price);
                            if (overMax.isPresent()) {
                                row.queued(b.customer().account(), ExceptionReason.OUT_OF_POLICY.name(), b.selection().prefix(), b.band());
                                queueOrUpdate(exceptions, row, before, ExceptionReason.OUT_OF_POLICY, overMax.get(), now, counts, sources);
                            } else {
                                row.rated(b.customer().account(), b.selection().prefix(), b.band(), price.billedQuantity(), price.charge());
                                counts[0]++;
                                if (before == UsageRow.Status.QUEUED) {
                                    counts[2] += exceptions.resolveForRow(row.rowId, "RERATED", actor, "rated by rerate of " + period, now);
                                }
                                if (b.selection().tierSensitive()) {
                                    counters.put(key, c.add(price.billedQuantity()));
                                    entries.add(new TierStore.Entry(key, row.period, row.start(), row.recordId(), row.rowId, price.billedQuantity()));
                                }
                            }
                        } else if (a instanceof Assessment.Queued q) {
                            row.queued(q.account(), q.reason().name(), null, null);
                            queueOrUpdate(exceptions, row, before, q.reason(), q.detail(), now, counts, sources);
                        }
                        boolean same = before == row.status && java.util.Objects.equals(reasonBefore, row.reason)
                                && (chargeBefore == null ? row.charge == null : row.charge != null && chargeBefore.compareTo(row.charge) == 0);
                        if (!same) {
                            counts[1]++;
                        }
                        changed.add(row);
                    }
                    usage.updateOutcome(changed);
                    tiers.insert(entries);
                });
            });
            Summary summary = new Summary(counts[0], counts[1], counts[2], counts[3]);
            new ImportLog(session).audit(now, actor, "rerate", period.toString(), summary.line());
            return summary;
        });
    }

    private static void queueOrUpdate(ExceptionStore exceptions, UsageRow row, UsageRow.Status before, ExceptionReason reason,
                                      String detail, Instant now, long[] counts, java.util.function.Function<Long, String> sources)
            throws java.sql.SQLException {
        counts[3]++;
        if (before == UsageRow.Status.QUEUED) {
            exceptions.updateOpenReason(row.rowId, reason.name(), detail);
        } else {
            exceptions.queue(List.of(new ExceptionStore.NewException(row.rowId, row.recordId(), row.recordKey, row.fingerprint,
                    row.sourceFileId, sources.apply(row.sourceFileId), row.line, row.period, reason.name(), null, detail, null)), now);
        }
    }
}
