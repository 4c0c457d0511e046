package com.meterbook.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What each committed chunk of an import records, inside the chunk's own transaction, in plain JDBC:
 * how far the file got ({@code source_file}) and the run's counts and outcome ({@code import_run}).
 * {@link ImportLog} registers files and starts runs through Hibernate; this is the per-chunk path, a
 * thousand times per million records, where a session, two entity loads and a flush cost more than the updates.
 */
public final class ImportCheckpoint implements AutoCloseable {

    /** Counts of the run so far. */
    public record RunCounts(long read, long imported, long duplicates, long exceptions) {
    }

    private final PreparedStatement progress;
    private final PreparedStatement run;

    public ImportCheckpoint(Connection connection) throws SQLException {
        progress = connection.prepareStatement("update source_file set lines_done = greatest(lines_done, ?), "
                + "completed_at = case when ? and completed_at is null then ? else completed_at end where id = ?");
        run = connection.prepareStatement("update import_run set records_read = ?, imported = ?, duplicates = ?, exceptions = ?, "
                + "outcome = ?, finished_at = ? where id = ?");
    }

    /**
     * Records a chunk: the file's lines done so far and, for its last chunk, that it was read to the end;
     * the run's counts, and its outcome ({@code RUNNING} until the last chunk, then {@code COMPLETED}).
     */
    public void chunk(long sourceFileId, long linesDone, long runId, RunCounts counts, boolean last, Instant now) throws SQLException {
        progress.setLong(1, linesDone);
        progress.setBoolean(2, last);
        progress.setObject(3, now.atOffset(ZoneOffset.UTC));
        progress.setLong(4, sourceFileId);
        progress.executeUpdate();
        run(runId, counts, last ? "COMPLETED" : "RUNNING", last ? now : null);
    }

    /** Records that the run was cancelled after the chunks it committed (the caller commits). */
    public void cancelled(long runId, RunCounts counts, Instant now) throws SQLException {
        run(runId, counts, "CANCELLED", now);
    }

    private void run(long runId, RunCounts counts, String outcome, Instant finished) throws SQLException {
        run.setLong(1, counts.read());
        run.setLong(2, counts.imported());
        run.setLong(3, counts.duplicates());
        run.setLong(4, counts.exceptions());
        run.setString(5, outcome);
        if (finished != null) {
            run.setObject(6, finished.atOffset(ZoneOffset.UTC));
        } else {
            run.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        run.setLong(7, runId);
        run.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        try (progress; run) {
            // both closed, the second even when the first fails
        }
    }
}
