package com.meterbook.ledger;

import org.hibernate.Session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Which files were read (by SHA-256), how far each got, and every import run's counts. */
public final class ImportLog {

    private final Session session;

    public ImportLog(Session session) {
        this.session = session;
    }

    public record Source(long id, boolean completed, long linesDone) {
    }

    public Source register(String sha256, String name, long size, String format, Instant now) {
        SourceFileEntity e = session.createSelectionQuery("from SourceFileEntity where sha256 = :s", SourceFileEntity.class)
                .setParameter("s", sha256).uniqueResult();
        if (e == null) {
            e = new SourceFileEntity();
            e.sha256 = sha256;
            e.name = name;
            e.sizeBytes = size;
            e.format = format;
            e.firstSeen = at(now);
            session.persist(e);
            session.flush();
        }
        return new Source(e.id, e.completedAt != null, e.linesDone);
    }

    public Optional<String> sourceName(long id) {
        return Optional.ofNullable(session.find(SourceFileEntity.class, id)).map(e -> e.name);
    }

    public long startRun(long sourceId, String path, Instant now) {
        ImportRunEntity run = new ImportRunEntity();
        run.sourceFileId = sourceId;
        run.path = path;
        run.startedAt = at(now);
        run.outcome = "RUNNING";
        session.persist(run);
        session.flush();
        return run.id;
    }

    /** A run that read a file to its end: how many records it read and when it finished. */
    public record CompletedRun(long recordsRead, Instant finishedAt) {
    }

    /** The last run that completed the file, if any. */
    public Optional<CompletedRun> lastCompletedRun(long sourceId) {
        return session.createSelectionQuery("from ImportRunEntity where sourceFileId = :s and outcome = 'COMPLETED' order by id desc",
                        ImportRunEntity.class).setParameter("s", sourceId).setMaxResults(1).uniqueResultOptional()
                .map(r -> new CompletedRun(r.recordsRead, r.finishedAt.toInstant()));
    }

    public void audit(Instant now, String actor, String action, String subject, String detail) {
        session.persist(AuditEntryEntity.of(at(now), actor, action, subject, detail));
    }

    private static OffsetDateTime at(Instant now) {
        return now.atOffset(ZoneOffset.UTC);
    }
}
