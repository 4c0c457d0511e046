package com.meterbook.operations;

import com.meterbook.domain.ExceptionReason;
import com.meterbook.domain.UsageKind;
import com.meterbook.ingest.ParsedLine;
import com.meterbook.ledger.ActivityStore;
import com.meterbook.ledger.DedupIndex;
import com.meterbook.ledger.ExceptionStore;
import com.meterbook.ledger.ExceptionStore.NewException;
import com.meterbook.ledger.ImportCheckpoint;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.Periods;
import com.meterbook.ledger.ReadingStore;
import com.meterbook.ledger.TierStore;
import com.meterbook.ledger.UsageRow;
import com.meterbook.ledger.UsageStore;
import com.meterbook.rating.Assessment;
import com.meterbook.rating.Price;
import com.meterbook.rating.RatingEngine;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes one chunk of a usage file in one transaction: dedup, readings, rating, tier sweeps, rows and exceptions. */
final class ChunkWriter implements AutoCloseable {

    /**
     * The file being imported and the invalid lines already queued: by line for this file, and by a hash
     * of the raw text across all files, so that a file that grew (a switch appending to its CDR file)
     * and is imported again does not queue its old bad lines a second time.
     */
    record SourceState(long sourceFileId, String sourceName, long runId, Set<Long> invalidLines, Set<Long> invalidTexts) {
    }

    private final RatingEngine engine;
    private final DedupIndex index;
    private final Clock clock;
    private final SourceState source;
    private long read;
    private long imported;
    private long duplicates;
    private long exceptions;

    private final Connection connection;

    private final ImportCheckpoint checkpoint;

    /**
     * @param connection the writer's own connection ({@link Ledger#openConnection()}), taken out of auto-commit:
     *                   every chunk commits on it
     */
    ChunkWriter(Connection connection, RatingEngine engine, DedupIndex index, Clock clock, SourceState source) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        this.checkpoint = new ImportCheckpoint(connection);
        this.engine = engine;
        this.index = index;
        this.clock = clock;
        this.source = source;
    }

    private long rateNanos;
    /**
     * Counters as this import last wrote them (this writer is the ledger's only writer while it runs), and
     * those the chunk in progress swept, merged in once its transaction commits.
     */
    private final Map<String, com.meterbook.ledger.TierStore.Counter> counters = new HashMap<>();
    private final Map<String, com.meterbook.ledger.TierStore.Counter> pendingCounters = new HashMap<>();
    private long storeNanos;
    private long commitNanos;

    ImportSummary summary(boolean cancelled, long readerNanos, long readerCpuNanos, long waitNanos) {
        return new ImportSummary(source.sourceName(), read, imported, duplicates, exceptions, cancelled,
                new ImportTimings(readerNanos, readerCpuNanos, waitNanos, rateNanos, storeNanos, commitNanos));
    }

    long read() {
        return read;
    }

    void cancel() {
        try {
            checkpoint.cancelled(source.runId(), new ImportCheckpoint.RunCounts(read, imported, duplicates, exceptions), clock.instant());
            connection.commit();
        } catch (SQLException e) {
            rollback(e);
            throw new IllegalStateException("cannot record that the import of " + source.sourceName() + " was cancelled: " + e.getMessage(), e);
        }
    }

    /**
     * Writes one chunk in one transaction on the writer's connection, in plain JDBC (the chunk's rows,
     * exceptions, tier entries and the file's checkpoint); nothing of it is kept if any of it fails.
     */
    void write(List<PreparedLine> lines, boolean last) {
        long started = System.nanoTime();
        Chunk chunk = new Chunk();
        Instant now = clock.instant();
        try {
            chunk.process(connection, lines, now);
            long lastLine = lines.isEmpty() ? 0 : lines.getLast().line().line();
            checkpoint.chunk(source.sourceFileId(), lastLine, source.runId(), new ImportCheckpoint.RunCounts(read + chunk.read,
                    imported + chunk.imported, duplicates + chunk.duplicates, exceptions + chunk.exceptions), last, now);
            connection.commit();
        } catch (SQLException e) {
            rollback(e);
            throw new IllegalStateException("cannot store the chunk ending at line " + (lines.isEmpty() ? 0 : lines.getLast().line().line())
                    + " of " + source.sourceName() + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        }
        counters.putAll(pendingCounters);
        commitNanos += System.nanoTime() - started - chunk.rateNanos - chunk.storeNanos;
        rateNanos += chunk.rateNanos;
        storeNanos += chunk.storeNanos;
        read += chunk.read;
        imported += chunk.imported;
        duplicates += chunk.duplicates;
        exceptions += chunk.exceptions;
        source.invalidLines().addAll(chunk.invalidLines);
        source.invalidTexts().addAll(chunk.invalidTexts);
        index.addAll(chunk.keys(), chunk.rowIds(), chunk.newRows.size());
    }

    @Override
    public void close() throws SQLException {
        checkpoint.close();
    }

    private void rollback(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** One chunk's work and counts, applied to the writer only after its transaction commits. */
    private final class Chunk implements TierSweep.OutcomeSink {
        long read;
        long imported;
        long duplicates;
        long exceptions;
        final Set<Long> invalidLines = new HashSet<>();
        final Set<Long> invalidTexts = new HashSet<>();
        final List<UsageRow> newRows = new ArrayList<>();
        final List<NewException> queued = new ArrayList<>();
        final Map<String, UsageRow> byId = HashMap.newHashMap(UsageImport.DEFAULT_CHUNK);
        final Set<String> conflictsSeen = new HashSet<>();
        /** The prepared line of each new row, at the row's index in {@link #newRows}. */
        final List<PreparedLine> newLines = new ArrayList<>();
        final Set<Long> resolved = new HashSet<>();
        long rateNanos;
        long storeNanos;

        void process(Connection connection, List<PreparedLine> lines, Instant now) throws SQLException {
            long started = System.nanoTime();
            UsageStore usage = new UsageStore(connection);
            ExceptionStore exceptionStore = new ExceptionStore(connection);
            long nextRowId = usage.maxRowId();
            Map<Long, List<UsageStore.StoredIdentity>> storedByKey = storedIdentities(usage, lines);
            List<UsageRow> readingRows = new ArrayList<>();
            for (PreparedLine prep : lines) {
                read++;
                switch (prep.line()) {
                    case ParsedLine.Invalid invalid -> invalid(invalid);
                    case ParsedLine.Parsed parsed -> {
                        UsageRow row = prep.row();
                        row.sourceFileId = source.sourceFileId();
                        if (isDuplicate(row, parsed, storedByKey, exceptionStore)) {
                            continue;
                        }
                        row.rowId = ++nextRowId;
                        byId.put(row.recordId(), row);
                        newRows.add(row);
                        newLines.add(prep);
                        if (row.kind() == UsageKind.READING) {
                            readingRows.add(row);
                        }
                    }
                }
            }
            TierStore tiers = new TierStore(connection);
            TierSweep sweep = new TierSweep(engine, tiers, usage);
            Set<UsageRow> refused = new HashSet<>();
            Map<String, List<TierSweep.Item>> groups = new LinkedHashMap<>();
            Map<String, Integer> groupPeriods = new HashMap<>();
            List<UsageRow> updates = new ArrayList<>();
            List<UsageRow> restated = new ArrayList<>();
            if (!readingRows.isEmpty()) {
                ReadingSweep.Result readings = new ReadingSweep(new ReadingStore(connection), usage).apply(readingRows);
                for (ReadingSweep.Refusal refusal : readings.refused()) {
                    UsageRow row = refusal.row();
                    place(row, engine.assess(row.record.withQuantity(BigDecimal.ZERO)));
                    row.queued("", ExceptionReason.INVALID_RECORD.name(), null, null);
                    queue(row, ExceptionReason.INVALID_RECORD, "reading", refusal.detail());
                    exceptions++;
                    refused.add(row);
                }
                for (ReadingSweep.Refusal refusal : readings.demoted()) {
                    UsageRow row = refusal.row();
                    String oldKey = counterKeyOf(row);
                    row.queued(row.customer, ExceptionReason.INVALID_RECORD.name(), null, null);
                    queue(row, ExceptionReason.INVALID_RECORD, "reading", refusal.detail());
                    leave(oldKey, row, groups, groupPeriods);
                    updates.add(row);
                }
                for (UsageRow row : readings.released()) {
                    resolved.add(row.rowId);
                    restated.add(row);
                }
                restated.addAll(readings.requantified());
            }
            for (UsageRow row : newRows) {
                if (!refused.contains(row)) {
                    assess(row, false, groups, groupPeriods);
                }
            }
            for (UsageRow row : restated) {
                String oldKey = counterKeyOf(row);
                boolean wasQueued = row.status == UsageRow.Status.QUEUED && !resolved.contains(row.rowId);
                String newKey = assessStored(row, groups, groupPeriods, updates);
                if (oldKey != null && !oldKey.equals(newKey)) {
                    leave(oldKey, row, groups, groupPeriods);
                }
                if (row.status == UsageRow.Status.QUEUED && !wasQueued) {
                    queue(row, ExceptionReason.valueOf(row.reason), null, "re-rated after an earlier reading arrived");
                } else if (row.status != UsageRow.Status.QUEUED && wasQueued) {
                    resolved.add(row.rowId);
                }
            }
            pendingCounters.clear();
            updates.addAll(sweep.sweepAll(groups, groupPeriods, this, counters, pendingCounters));
            for (long rowId : resolved) {
                exceptionStore.resolveForRow(rowId, "REREAD", "meterbook", "a reading that arrived later changed this reading's usage", now);
            }
            long storing = System.nanoTime();
            rateNanos = storing - started;
            usage.insert(newRows);
            if (!newRows.isEmpty()) {
                new ActivityStore(connection).arrived(source.runId(), now, newRows.getFirst().rowId, newRows.getLast().rowId);
            }
            usage.updateOutcome(updates);
            exceptionStore.queue(queued, now);
            storeNanos = System.nanoTime() - storing;
        }

        /** The counter a stored row was counted in, or null. */
        private String counterKeyOf(UsageRow row) {
            return row.status == UsageRow.Status.RATED && row.prefix != null
                    ? row.customer + "|" + Periods.of(row.period) + "|" + row.prefix : null;
        }

        /** A stored row that no longer counts in {@code key}: its entry goes and its followers are re-priced. */
        private void leave(String key, UsageRow row, Map<String, List<TierSweep.Item>> groups, Map<String, Integer> periods) {
            if (key == null) {
                return;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(TierSweep.Item.leaving(row));
            periods.putIfAbsent(key, row.period);
        }

        /** Re-rates a stored row; returns its new tier counter key, or null when it counts in none. */
        private String assessStored(UsageRow row, Map<String, List<TierSweep.Item>> groups, Map<String, Integer> periods,
                                    List<UsageRow> updates) {
            Assessment a = StoredAssessment.of(engine, row);
            if (a instanceof Assessment.Billable b && b.selection().tierSensitive()) {
                place(row, a);
                groups.computeIfAbsent(b.counterKey(), k -> new ArrayList<>()).add(new TierSweep.Item(row, b, true, false));
                periods.put(b.counterKey(), Periods.toInt(b.period()));
                return b.counterKey();
            }
            assess(row, true, groups, periods);
            updates.add(row);
            return null;
        }

        /** Decides a row that does not wait for a tier sweep; returns true when it was decided here. */
        private boolean assess(UsageRow row, boolean stored, Map<String, List<TierSweep.Item>> groups, Map<String, Integer> periods) {
            PreparedLine prep = stored ? null : preparedOf(row);
            if (prep != null && prep.assessment() == null) {
                prep = null;
            }
            Assessment a = prep != null ? prep.assessment() : stored ? StoredAssessment.of(engine, row) : engine.assess(row.record);
            place(row, a);
            switch (a) {
                case Assessment.Zero z -> {
                    row.zero(z.account());
                    count(stored, true);
                }
                case Assessment.Queued q -> {
                    row.queued(q.account(), q.reason().name(), null, null);
                    if (!stored) {
                        queue(row, q.reason(), null, q.detail());
                    }
                    count(stored, false);
                }
                case Assessment.Billable b -> {
                    if (b.selection().tierSensitive()) {
                        groups.computeIfAbsent(b.counterKey(), k -> new ArrayList<>()).add(new TierSweep.Item(row, b, stored, false));
                        periods.put(b.counterKey(), Periods.toInt(b.period()));
                        return false;
                    }
                    PreparedLine.PricedAlone priced = prep != null && prep.priced() != null ? prep.priced() : priceAlone(b, row);
                    Optional<String> overMax = stored ? Optional.empty() : engine.overMaxCharge(priced.charge());
                    if (overMax.isPresent()) {
                        outOfPolicy(row, b, overMax.get());
                    } else {
                        rated(row, b, priced.billedQuantity(), priced.charge());
                    }
                }
            }
            return true;
        }

        private void place(UsageRow row, Assessment a) {
            row.period = Periods.toInt(a.period());
        }

        private void count(boolean stored, boolean importedOutcome) {
            if (stored) {
                return;
            }
            if (importedOutcome) {
                imported++;
            } else {
                exceptions++;
            }
        }

        private PreparedLine.PricedAlone priceAlone(Assessment.Billable b, UsageRow row) {
            Price price = engine.price(b, row.record.quantity(), BigDecimal.ZERO);
            return new PreparedLine.PricedAlone(price.billedQuantity(), price.charge());
        }

        @Override
        public void rated(UsageRow row, Assessment.Billable b, Price price) {
            rated(row, b, price.billedQuantity(), price.charge());
        }

        private void rated(UsageRow row, Assessment.Billable b, BigDecimal billed, BigDecimal charge) {
            boolean fresh = row.status == null;
            row.rated(b.customer().account(), b.selection().prefix(), b.band(), billed, charge);
            if (fresh) {
                imported++;
            }
        }

        @Override
        public void outOfPolicy(UsageRow row, Assessment.Billable b, String detail) {
            row.queued(b.customer().account(), ExceptionReason.OUT_OF_POLICY.name(), b.selection().prefix(), b.band());
            queue(row, ExceptionReason.OUT_OF_POLICY, null, detail);
            exceptions++;
        }

        private void queue(UsageRow row, ExceptionReason reason, String field, String detail) {
            PreparedLine prep = preparedOf(row);
            ParsedLine.Parsed parsed = prep == null ? null : (ParsedLine.Parsed) prep.line();
            queued.add(new NewException(row.rowId, row.recordId(), row.recordKey, row.fingerprint, source.sourceFileId(),
                    source.sourceName(), row.line, row.period, reason.name(), field, detail, parsed == null ? null : parsed.raw()));
        }

        private void invalid(ParsedLine.Invalid invalid) {
            Long text = invalid.raw() == null ? null : com.meterbook.domain.Hash64.of(invalid.raw());
            if (source.invalidLines().contains(invalid.line()) || invalidLines.contains(invalid.line())
                    || text != null && (source.invalidTexts().contains(text) || invalidTexts.contains(text))) {
                duplicates++;
                return;
            }
            invalidLines.add(invalid.line());
            if (text != null) {
                invalidTexts.add(text);
            }
            queued.add(new NewException(null, invalid.recordId(), null, text, source.sourceFileId(), source.sourceName(),
                    invalid.line(), null, ExceptionReason.INVALID_RECORD.name(), invalid.field(), invalid.detail(), invalid.raw()));
            exceptions++;
        }

        private boolean isDuplicate(UsageRow row, ParsedLine.Parsed parsed, Map<Long, List<UsageStore.StoredIdentity>> storedByKey,
                                    ExceptionStore exceptionStore) throws SQLException {
            UsageRow inChunk = byId.get(row.recordId());
            Long existingFingerprint = null;
            if (inChunk != null) {
                existingFingerprint = inChunk.fingerprint;
            } else {
                for (UsageStore.StoredIdentity s : storedByKey.getOrDefault(row.recordKey, List.of())) {
                    if (s.recordId().equals(row.recordId())) {
                        existingFingerprint = s.fingerprint();
                    }
                }
            }
            if (existingFingerprint == null) {
                return false;
            }
            if (existingFingerprint == row.fingerprint) {
                duplicates++;
                return true;
            }
            String conflictKey = row.recordId() + "\u001f" + row.fingerprint;
            if (!conflictsSeen.add(conflictKey) || exceptionStore.conflictQueued(row.recordKey, row.recordId(), row.fingerprint)) {
                duplicates++;
                return true;
            }
            queued.add(new NewException(null, row.recordId(), row.recordKey, row.fingerprint, source.sourceFileId(),
                    source.sourceName(), parsed.line(), null, ExceptionReason.DUPLICATE_CONFLICT.name(), null,
                    "record id " + row.recordId() + " is already in the ledger with other content", parsed.raw()));
            exceptions++;
            return true;
        }

        private Map<Long, List<UsageStore.StoredIdentity>> storedIdentities(UsageStore usage, List<PreparedLine> lines) throws SQLException {
            List<Long> rowIds = new ArrayList<>();
            for (PreparedLine line : lines) {
                if (line.row() != null) {
                    index.forEachRow(line.row().recordKey, rowIds::add);
                }
            }
            Map<Long, List<UsageStore.StoredIdentity>> byKey = new HashMap<>();
            if (rowIds.isEmpty()) {
                return byKey;
            }
            for (UsageStore.StoredIdentity s : usage.identities(rowIds).values()) {
                byKey.computeIfAbsent(UsageRow.keyOf(s.recordId()), k -> new ArrayList<>()).add(s);
            }
            return byKey;
        }

        /**
         * The line a new row was read from (row ids of new rows are consecutive, so its index is its row id
         * minus the first's), or null for a row stored by an earlier import.
         */
        private PreparedLine preparedOf(UsageRow row) {
            if (newRows.isEmpty()) {
                return null;
            }
            long index = row.rowId - newRows.getFirst().rowId;
            return index >= 0 && index < newRows.size() && newRows.get((int) index) == row ? newLines.get((int) index) : null;
        }

        long[] keys() {
            long[] keys = new long[newRows.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = newRows.get(i).recordKey;
            }
            return keys;
        }

        long[] rowIds() {
            long[] ids = new long[newRows.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = newRows.get(i).rowId;
            }
            return ids;
        }
    }
}
