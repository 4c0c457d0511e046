package com.meterbook.operations;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ingest.MappingProfile;
import com.meterbook.ingest.ParsedLine;
import com.meterbook.ingest.SourceFingerprint;
import com.meterbook.ingest.UsageCsvReader;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.ledger.DedupIndex;
import com.meterbook.ledger.ImportLog;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.WriterLock;
import com.meterbook.ledger.UsageStore;
import com.meterbook.rating.RatingEngine;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Imports one usage file: read, deduplicate, rate and store in chunks, each chunk one transaction
 * that also records how far the file got. A run that is killed leaves whole chunks; running the
 * same file again skips what is stored (as duplicates) and finishes the rest.
 */
public final class UsageImport {

    /**
     * Records per transaction. Small, so that the chunks in flight (one being read, one waiting, one being
     * written) die young instead of being copied and promoted by every young collection: with 10,000 a
     * 1,000,000-record import spent about 4 s in the collector, with 1,000 about 1.3 s (docs/PERFORMANCE.md).
     * A commit costs little more than its rows, so a thousand of them per million records cost nothing measurable.
     */
    public static final int DEFAULT_CHUNK = 1_000;

    private final Ledger ledger;
    private final Clock clock;
    private final String actor;
    private final int chunkSize;
    private final DedupIndex index;

    public UsageImport(Ledger ledger, Clock clock, String actor, DedupIndex index, int chunkSize) {
        this.ledger = ledger;
        this.clock = clock;
        this.actor = actor;
        this.index = index;
        this.chunkSize = chunkSize;
    }

    public UsageImport(Ledger ledger, Clock clock, String actor) {
        this(ledger, clock, actor, new DedupIndex(), DEFAULT_CHUNK);
    }

    /**
     * The same bytes were imported to the end before: nothing is read or written but an audit entry, and
     * the summary counts every record of that import as a duplicate. This is what makes re-importing a
     * million-record file answer in well under a second.
     */
    private Optional<ImportSummary> skipCompleted(Path file, String formatName, ImportLog.Source registered) {
        return ledger.inTransaction(session -> {
            ImportLog log = new ImportLog(session);
            return log.lastCompletedRun(registered.id()).map(done -> {
                ImportSummary summary = new ImportSummary(file.getFileName().toString(), done.recordsRead(), 0, done.recordsRead(), 0,
                        false, ImportTimings.NONE, done.finishedAt());
                log.audit(clock.instant(), actor, "usage import", file.getFileName().toString(),
                        formatName + ": already imported (same SHA-256) on " + done.finishedAt() + "; " + summary.line());
                return summary;
            });
        });
    }

    /** How a file is read: a built-in format or a mapping profile. */
    private interface Opener {
        UsageCsvReader open(SourceFingerprint source, LedgerSettings settings) throws FileRejectedException;
    }

    public ImportSummary importFile(Path file, UsageFormat format, ImportProgress progress) throws FileRejectedException {
        return importFile(file, format.cliName(), (source, settings) -> UsageCsvReader.open(source, format, settings.normaliser(),
                settings.zone()), progress);
    }

    /** Imports a file read through a mapping profile; it is registered and audited as format {@code profile:NAME}. */
    public ImportSummary importFile(Path file, MappingProfile profile, ImportProgress progress) throws FileRejectedException {
        return importFile(file, "profile:" + profile.name(), (source, settings) -> UsageCsvReader.open(source, profile,
                settings.normaliser(), settings.zone()), progress);
    }

    private ImportSummary importFile(Path file, String formatName, Opener opener, ImportProgress progress) throws FileRejectedException {
        try {
            return importWith(file, formatName, opener, progress);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the import's ledger connection: " + e.getMessage(), e);
        }
    }

    private ImportSummary importWith(Path file, String formatName, Opener opener, ImportProgress progress)
            throws FileRejectedException, SQLException {
        SourceFingerprint source = SourceFingerprint.of(file);
        RatingEngine engine = ledger.inTransaction(RatingContext::load);
        LedgerSettings settings = engine.settings();
        try (UsageCsvReader reader = opener.open(source, settings);
             WriterLock writing = WriterLock.acquire(ledger.folder());
             Connection connection = ledger.openConnection()) {
            ImportLog.Source registered = ledger.inTransaction(session -> new ImportLog(session).register(source.sha256(),
                    file.getFileName().toString(), source.size(), formatName, clock.instant()));
            if (registered.completed()) {
                Optional<ImportSummary> skipped = skipCompleted(file, formatName, registered);
                if (skipped.isPresent()) {
                    return skipped.get();
                }
            }
            ChunkWriter.SourceState state = ledger.inTransaction(session -> {
                long run = new ImportLog(session).startRun(registered.id(), file.toAbsolutePath().toString(), clock.instant());
                return session.doReturningWork(c -> {
                    new UsageStore(c).refresh(index);
                    com.meterbook.ledger.ExceptionStore exceptions = new com.meterbook.ledger.ExceptionStore(c);
                    return new ChunkWriter.SourceState(registered.id(), file.getFileName().toString(), run,
                            exceptions.invalidLines(registered.id()), exceptions.invalidTexts());
                });
            });
            boolean cancelled = false;
            ChunkWriter writer = new ChunkWriter(connection, engine, index, clock, state);
            ChunkPipeline pipeline = ChunkPipeline.start(reader, engine, chunkSize);
            try (writer; pipeline) {
                ChunkPipeline.Chunk chunk;
                while ((chunk = pipeline.next()) != null) {
                    if (progress.cancelled()) {
                        cancelled = true;
                        break;
                    }
                    List<PreparedLine> lines = chunk.lines();
                    writer.write(lines, chunk.last());
                    progress.committed(source.size(), lines.isEmpty() ? 0 : lines.getLast().line().line(), writer.read());
                }
                if (cancelled) {
                    writer.cancel();
                }
            }
            ledger.sync();
            ImportSummary summary = writer.summary(cancelled, pipeline.readerNanos(), pipeline.readerCpuNanos(), pipeline.writerWaitNanos());
            String detail = formatName + ": " + summary.line() + (cancelled ? " (cancelled)" : "");
            ledger.run(session -> new ImportLog(session).audit(clock.instant(), actor, "usage import",
                    file.getFileName().toString(), detail));
            return summary;
        }
    }
}
