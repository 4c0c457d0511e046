package com.meterbook.operations;

import com.meterbook.ingest.FormatDetector.Detection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Moves a drop-folder file to {@code processed/} or {@code failed/} beside it, with {@code NAME.report.txt}.
 * The report is written first and the file moved last: until the move, the file is still to do. A name
 * already taken there gets {@code -2}, {@code -3}... before its extension: no moved file is overwritten
 * (only the report of a run that stopped between writing it and moving the file).
 */
final class DropReports {

    private DropReports() {
    }

    static Path done(Path file, Detection detection, ImportSummary summary, Instant started, Instant finished) {
        StringBuilder report = new StringBuilder()
                .append("file: ").append(file.getFileName()).append('\n')
                .append("format: ").append(detection.format().isPresent() ? detection.describe()
                        : "generic (" + detection.reason() + ")").append('\n');
        if (summary.skipped()) {
            report.append("already imported on ").append(summary.alreadyImported()).append(" (same SHA-256); its ")
                    .append(summary.read()).append(" records count as duplicates\n");
        }
        report.append("result: ").append(summary.line()).append('\n')
                .append("read: ").append(summary.read()).append('\n')
                .append("timings: ").append(summary.timings().describe()).append('\n');
        return move(file, "processed", times(report, started, finished));
    }

    static Path fail(Path file, String error, Instant started, Instant finished) {
        StringBuilder report = new StringBuilder().append("file: ").append(file.getFileName()).append('\n')
                .append("error: ").append(error).append('\n');
        return move(file, "failed", times(report, started, finished));
    }

    private static String times(StringBuilder report, Instant started, Instant finished) {
        return report.append("started: ").append(started).append('\n').append("finished: ").append(finished)
                .append(" (").append(Duration.between(started, finished).toMillis()).append(" ms)\n").toString();
    }

    private static Path move(Path file, String into, String report) {
        try {
            Path dir = Files.createDirectories(file.resolveSibling(into));
            Path target = free(dir, file.getFileName().toString());
            Files.writeString(target.resolveSibling(target.getFileName() + ".report.txt"), report, StandardCharsets.UTF_8);
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot move to " + into + "/: " + e.getMessage(), e);
        }
    }

    private static Path free(Path dir, String name) {
        Path target = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(target); n++) {
            target = dir.resolve(stem + "-" + n + ext);
        }
        return target;
    }
}
