package com.meterbook.ui.common;

import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.operations.ImportProgress;
import com.meterbook.operations.ImportSummary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Imports usage files one after the other inside a background task, reporting lines done (against
 * the files' line counts, taken first) and records per second, and stopping at the next chunk when
 * cancelled: every committed chunk is whole, so the ledger stays consistent and a re-import finishes
 * the rest. A rejected file is reported and the next one is imported.
 */
public final class UsageImportJob {

    /** A file and how to read it: a built-in format, or (when {@code profile} is set) a saved mapping profile by name. */
    public record FileToImport(Path file, UsageFormat format, String profile) {
        public FileToImport(Path file, UsageFormat format) {
            this(file, format, null);
        }

        /** As the ledger registers it: {@code generic}, {@code profile:NAME}. */
        public String formatName() {
            return profile != null ? "profile:" + profile : format.cliName();
        }
    }

    /** One file's outcome: its summary, or why it was rejected as a whole. */
    public record FileOutcome(Path file, String format, ImportSummary summary, String rejection) {
        public boolean rejected() {
            return rejection != null;
        }
    }

    public record Result(List<FileOutcome> files, boolean cancelled) {
        public long imported() {
            return files.stream().filter(f -> !f.rejected()).mapToLong(f -> f.summary().imported()).sum();
        }

        public long duplicates() {
            return files.stream().filter(f -> !f.rejected()).mapToLong(f -> f.summary().duplicates()).sum();
        }

        public long exceptions() {
            return files.stream().filter(f -> !f.rejected()).mapToLong(f -> f.summary().exceptions()).sum();
        }

        public long rejected() {
            return files.stream().filter(FileOutcome::rejected).count();
        }
    }

    private final LedgerService ledger;
    private final LongSupplier nanoTime;

    public UsageImportJob(LedgerService ledger, LongSupplier nanoTime) {
        this.ledger = ledger;
        this.nanoTime = nanoTime;
    }

    public Result run(List<FileToImport> files, BackgroundTask.Context context) throws IOException {
        long[] lines = new long[files.size()];
        long totalLines = 0;
        for (int i = 0; i < files.size(); i++) {
            lines[i] = Math.max(1, countLines(files.get(i).file()));
            totalLines += lines[i];
        }
        long started = nanoTime.getAsLong();
        long linesBefore = 0;
        long[] recordsBefore = {0};
        List<FileOutcome> outcomes = new ArrayList<>();
        boolean cancelled = false;
        for (int i = 0; i < files.size() && !cancelled; i++) {
            FileToImport f = files.get(i);
            String name = f.file().getFileName().toString();
            long fileLines = lines[i];
            long base = linesBefore;
            long total = totalLines;
            context.updateMessage(name + " · reading");
            ImportProgress progress = new ImportProgress() {
                // the last chunk of a file can be empty and report line 0: the bar never moves back
                private long furthest;

                @Override
                public void committed(long bytesTotal, long linesDone, long recordsDone) {
                    furthest = Math.max(furthest, Math.min(linesDone, fileLines));
                    long seconds1000 = Math.max(1, (nanoTime.getAsLong() - started) / 1_000_000);
                    long perSecond = (recordsBefore[0] + recordsDone) * 1000 / seconds1000;
                    context.updateProgress(base + furthest, total);
                    context.updateMessage(name + " · " + Formats.count(furthest) + " of " + Formats.count(fileLines)
                            + " lines · " + Formats.count(perSecond) + " records/s");
                }

                @Override
                public boolean cancelled() {
                    return context.isCancelled();
                }
            };
            boolean fileCancelled = false;
            try {
                ImportSummary summary = f.profile() != null ? ledger.importUsage(f.file(), f.profile(), progress)
                        : ledger.importUsage(f.file(), f.format(), progress);
                outcomes.add(new FileOutcome(f.file(), f.formatName(), summary, null));
                recordsBefore[0] += summary.read();
                fileCancelled = summary.cancelled();
            } catch (FileRejectedException e) {
                outcomes.add(new FileOutcome(f.file(), f.formatName(), null, e.getMessage()));
            }
            linesBefore += fileLines;
            if (!fileCancelled) {
                // a cancelled file leaves the bar where its last whole chunk put it
                context.updateProgress(linesBefore, totalLines);
            }
            cancelled = fileCancelled || context.isCancelled();
        }
        return new Result(List.copyOf(outcomes), cancelled);
    }

    /** Newlines in the file, read in blocks: a million-line file takes a fraction of a second. */
    static long countLines(Path file) throws IOException {
        long count = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
