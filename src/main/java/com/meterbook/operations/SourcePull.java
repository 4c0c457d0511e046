package com.meterbook.operations;

import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ingest.FormatDetector;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.ledger.ImportLog;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.PullSourceRow;
import com.meterbook.ledger.SourceStore;
import com.meterbook.sources.AuthenticationFailedException;
import com.meterbook.sources.Backoff;
import com.meterbook.sources.HostKeyException;
import com.meterbook.sources.RemoteFile;
import com.meterbook.sources.SftpEndpoint;
import com.meterbook.sources.SftpFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One pull of one source: connect (host key checked), list the folder, fetch each matching file not
 * fetched before (same name, size and time) into the staging folder as {@code .part}, rename it when
 * whole, import it with its detected format, and note it. A dropped or refused connection is retried
 * with back-off; an unknown or changed host key and a refused login are not. The outcome, and the
 * last error, are stored on the source.
 */
public final class SourcePull {

    /** Imports one staged file: {@link UsageImport} in the command line, the desktop's shared importer in the app. */
    @FunctionalInterface
    public interface Importer {
        ImportSummary importFile(Path file, UsageFormat format) throws FileRejectedException;
    }

    /** A file fetched and what its import did. */
    public record Fetched(String name, String outcome) {
    }

    /**
     * What the pull did: the files fetched, in order, and the error that ended it, if any. When the server
     * showed a host key never accepted for this source, {@code newHostKey} is its fingerprint (to ask whether
     * to accept it); a changed key is only an error.
     */
    public record Result(String source, List<Fetched> files, int attempts, Optional<String> error, Optional<String> newHostKey) {

        public String line() {
            String files = this.files.isEmpty() ? "nothing new"
                    : "fetched " + this.files.size() + " (" + String.join("; ", this.files.stream().map(f -> f.name() + ": " + f.outcome()).toList()) + ")";
            return source + ": " + files + error.map(e -> "; ERROR " + e).orElse("");
        }
    }

    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Ledger ledger;
    private final PullSources sources;
    private final Importer importer;
    private final Clock clock;
    private final String actor;
    private final Backoff backoff;
    private Duration timeout = TIMEOUT;
    private Consumer<String> afterFile = name -> { };

    public SourcePull(Ledger ledger, PullSources sources, Importer importer, Clock clock, String actor, Backoff backoff) {
        this.ledger = ledger;
        this.sources = sources;
        this.importer = importer;
        this.clock = clock;
        this.actor = actor;
        this.backoff = backoff;
    }

    /** Told each file's name once it is fetched and imported (tests stop the server there). */
    public SourcePull afterFile(Consumer<String> listener) {
        this.afterFile = listener;
        return this;
    }

    public SourcePull timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    public Result pull(String name) {
        PullSourceRow row = sources.get(name);
        List<Fetched> fetched = new ArrayList<>();
        Optional<String> error = Optional.empty();
        Optional<String> newHostKey = Optional.empty();
        int attempt = 0;
        try {
            SftpEndpoint endpoint = sources.endpoint(row);
            Path staging = staging(row);
            while (true) {
                attempt++;
                try {
                    fetchNew(row, endpoint, staging, fetched);
                    error = Optional.empty();
                    break;
                } catch (HostKeyException e) {
                    ledger.run(session -> session.doWork(c -> new SourceStore(c).offered(row.id(), e.offeredKey())));
                    error = Optional.of(e.getMessage().replace("sources trust NAME", "sources trust " + name));
                    newHostKey = e.changed() ? Optional.empty() : Optional.of(e.offeredFingerprint());
                    break;
                } catch (AuthenticationFailedException e) {
                    error = Optional.of("login refused: " + e.getMessage());
                    break;
                } catch (IOException e) {
                    error = Optional.of(describe(e));
                    if (attempt >= backoff.attempts()) {
                        error = Optional.of("gave up after " + attempt + " attempts: " + error.get());
                        break;
                    }
                    backoff.sleeper().sleep(backoff.delayBefore(attempt + 1));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = Optional.of("stopped while waiting to retry: " + error.orElse(""));
        } catch (RuntimeException e) {
            error = Optional.of(describe(e));
        }
        Result result = new Result(name, List.copyOf(fetched), attempt, error, newHostKey);
        ledger.run(session -> {
            session.doWork(c -> new SourceStore(c).pulled(row.id(), clock.instant(), fetched.size(), result.error()));
            String line = result.line();
            new ImportLog(session).audit(clock.instant(), actor, "source pull", name, line.length() > 4000 ? line.substring(0, 3997) + "..." : line);
        });
        return result;
    }

    private void fetchNew(PullSourceRow row, SftpEndpoint endpoint, Path staging, List<Fetched> fetched) throws IOException {
        try (SftpFolder folder = SftpFolder.connect(endpoint, timeout)) {
            for (RemoteFile file : folder.list(row.remoteDir(), row.pattern())) {
                long modified = file.modified().toEpochMilli();
                boolean seen = ledger.inTransaction(s -> s.doReturningWork(c -> new SourceStore(c).fetched(row.id(), file.name(), file.size(), modified)));
                if (seen) {
                    continue;
                }
                Path staged = folder.download(row.remoteDir(), file, staging.resolve(file.name()));
                String outcome = importStaged(staged);
                ledger.run(s -> s.doWork(c -> new SourceStore(c).recordFetched(row.id(), file.name(), file.size(), modified,
                        clock.instant(), outcome)));
                Files.deleteIfExists(staged);
                fetched.add(new Fetched(file.name(), outcome));
                afterFile.accept(file.name());
            }
        }
    }

    private String importStaged(Path staged) {
        FormatDetector.Detection detected = FormatDetector.detect(staged);
        if (detected.ambiguous()) {
            return "not imported: cannot tell the format (" + detected.reason() + ")";
        }
        UsageFormat format = detected.format().orElse(UsageFormat.GENERIC);
        try {
            ImportSummary summary = importer.importFile(staged, format);
            return format.cliName() + ", " + (summary.skipped() ? "already imported (same SHA-256)" : summary.line());
        } catch (FileRejectedException e) {
            return "rejected: " + e.getMessage();
        }
    }

    /** {@code LEDGER/staging/NAME}: where files are fetched to before they are imported. */
    public Path staging(PullSourceRow row) {
        Path folder = ledger.folder().resolve("staging").resolve(row.name());
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the staging folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String describe(Throwable t) {
        Throwable cause = t;
        String message = t.getMessage();
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
        }
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
