package com.meterbook.operations;

import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ingest.FormatDetector;
import com.meterbook.ingest.FormatDetector.Detection;
import com.meterbook.ingest.UsageFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A watched folder of usage files. Each {@link #scanOnce} looks at the files directly in the folder
 * (not in subfolders; names starting with {@code .} or ending in {@code .part} or {@code .tmp}, and empty
 * files, are files still being written) and imports those whose size was the same at a check at least {@code stable}
 * earlier, one after the other, in name order. An imported file is moved to {@code processed/}, a rejected
 * one to {@code failed/}, each with {@code NAME.report.txt} beside it; nothing is deleted. A file is moved
 * only after its import completed, so a crash before the move imports it again on the next run, which
 * the import's SHA-256 check turns into "already imported", and a crash inside the import resumes it.
 */
public final class DropFolder {

    /** Imports one file; the desktop passes the one that takes turns with manual imports. */
    @FunctionalInterface
    public interface Importer {
        ImportSummary importFile(Path file, UsageFormat format, ImportProgress progress) throws FileRejectedException;
    }

    /** What became of one file. */
    public record Outcome(String file, Status status, Path movedTo, String detail) {
        public enum Status { PROCESSED, FAILED, INTERRUPTED, RETRY }

        public String line() {
            return file + ": " + detail + (movedTo != null ? " -> " + movedTo.getParent().getFileName() + "/" + movedTo.getFileName() : "");
        }
    }

    private record Seen(long size, Instant at) {
    }

    private final Path folder;
    private final Duration stable;
    private final Clock clock;
    private final Importer importer;
    private final Map<Path, Seen> seen = new HashMap<>();

    public DropFolder(Path folder, Duration stable, Clock clock, Importer importer) {
        this.folder = folder;
        this.stable = stable;
        this.clock = clock;
        this.importer = importer;
    }

    public Path folder() {
        return folder;
    }

    public static boolean inProgress(String name) {
        return name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp");
    }

    public List<Outcome> scanOnce() {
        return scanOnce(() -> false);
    }

    /** One look at the folder; {@code stop} is asked before each file and at each chunk of an import. */
    public List<Outcome> scanOnce(BooleanSupplier stop) {
        List<Path> ready = new ArrayList<>();
        Instant now = clock.instant();
        Map<Path, Seen> current = new HashMap<>();
        for (Path file : candidates()) {
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                continue; // gone or unreadable since the listing: looked at again next time
            }
            if (size == 0) {
                continue; // created but not written yet: an empty file is never taken
            }
            Seen before = seen.get(file);
            if (before != null && before.size() == size && !before.at().plus(stable).isAfter(now)) {
                ready.add(file);
                current.put(file, before);
            } else {
                current.put(file, before != null && before.size() == size ? before : new Seen(size, now));
            }
        }
        seen.clear();
        seen.putAll(current);
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : ready) {
            if (stop.getAsBoolean()) {
                break;
            }
            // moved away, or left to be tried again once it is seen stable again
            seen.remove(file);
            outcomes.add(take(file, stop));
        }
        return outcomes;
    }

    private List<Path> candidates() {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException(folder + ": not a folder"));
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !inProgress(f.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list: " + e.getMessage(), e);
        }
    }

    private Outcome take(Path file, BooleanSupplier stop) {
        String name = file.getFileName().toString();
        Instant started = clock.instant();
        Detection detection = FormatDetector.detect(file);
        if (detection.ambiguous()) {
            String error = file + ": cannot tell the format (" + detection.reason() + ")";
            return new Outcome(name, Outcome.Status.FAILED, DropReports.fail(file, error, started, clock.instant()), "failed: " + error);
        }
        UsageFormat format = detection.format().orElse(UsageFormat.GENERIC);
        ImportSummary summary;
        try {
            summary = importer.importFile(file, format, new ImportProgress() {
                @Override
                public boolean cancelled() {
                    return stop.getAsBoolean();
                }
            });
        } catch (FileRejectedException e) {
            return new Outcome(name, Outcome.Status.FAILED, DropReports.fail(file, e.getMessage(), started, clock.instant()),
                    "failed: " + e.getMessage());
        } catch (RuntimeException e) {
            // not the file's fault (the ledger busy, a disk error): left in place and tried again
            return new Outcome(name, Outcome.Status.RETRY, null, "not imported, will try again: " + e.getMessage());
        }
        if (summary.cancelled()) {
            return new Outcome(name, Outcome.Status.INTERRUPTED, null, "stopped after whole chunks; resumes next time");
        }
        Path moved = DropReports.done(file, detection, summary, started, clock.instant());
        String what = summary.skipped() ? "already imported on " + summary.alreadyImported() + "; " + summary.line() : summary.line();
        return new Outcome(name, Outcome.Status.PROCESSED, moved, what);
    }
}
