package com.meterbook.operations;

import com.meterbook.ledger.ImportLog;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.PullSourceRow;
import com.meterbook.ledger.SourceStore;
import com.meterbook.sources.SecretBox;
import com.meterbook.sources.SftpEndpoint;
import com.meterbook.sources.SftpFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ledger's pull sources: adding one (its password sealed by the {@link SecretBox}), listing them,
 * and accepting a server's host key. Pulling is {@link SourcePull}.
 */
public final class PullSources {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Ledger ledger;
    private final SecretBox secrets;
    private final Clock clock;
    private final String actor;

    public PullSources(Ledger ledger, SecretBox secrets, Clock clock, String actor) {
        this.ledger = ledger;
        this.secrets = secrets;
        this.clock = clock;
        this.actor = actor;
    }

    /** What {@code sources add-sftp} asks for: a key file or a password. */
    public record NewSftpSource(String name, String host, int port, String user, Optional<Path> keyFile,
                                Optional<String> password, String remoteDir, String pattern, int everyMinutes) {

        public NewSftpSource {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a source name (letters, digits, '.', '_', '-')");
            }
            if (keyFile.isPresent() == password.isPresent()) {
                throw new IllegalArgumentException("give a key file or a password, one of the two");
            }
            if (everyMinutes < 1) {
                throw new IllegalArgumentException("the schedule is every 1 minute or more");
            }
            if (host.isBlank() || user.isBlank() || remoteDir.isBlank() || pattern.isBlank()) {
                throw new IllegalArgumentException("host, user, folder and pattern must not be empty");
            }
            // the endpoint checks the port
            new SftpEndpoint(host, port, user, keyFile, password.or(() -> Optional.of("")), Optional.empty());
        }
    }

    public void addSftp(NewSftpSource s) {
        if (find(s.name()).isPresent()) {
            throw new IllegalArgumentException("a source named " + s.name() + " exists already");
        }
        Optional<String> sealed = s.password().map(p -> secrets.seal(s.name(), p));
        ledger.run(session -> {
            session.doWork(c -> new SourceStore(c).add(s.name(), s.host(), s.port(), s.user(),
                    s.keyFile().map(k -> k.toAbsolutePath().toString()), sealed, s.remoteDir(), s.pattern(), s.everyMinutes(),
                    clock.instant()));
            new ImportLog(session).audit(clock.instant(), actor, "source add", s.name(),
                    "sftp " + s.user() + "@" + s.host() + ":" + s.port() + " " + s.remoteDir() + " " + s.pattern()
                            + " every " + s.everyMinutes() + " min, " + (s.keyFile().isPresent() ? "key file" : "password (sealed)"));
        });
    }

    /** Removes a source (the files it imported stay in the ledger); audited. */
    public void remove(String name) {
        PullSourceRow row = get(name);
        ledger.run(session -> {
            session.doWork(c -> new SourceStore(c).remove(name));
            new ImportLog(session).audit(clock.instant(), actor, "source remove", name,
                    "sftp " + row.user() + "@" + row.host() + ":" + row.port() + " " + row.remoteDir() + " " + row.pattern());
        });
    }

    public List<PullSourceRow> list() {
        return ledger.inTransaction(session -> session.doReturningWork(c -> new SourceStore(c).all()));
    }

    public Optional<PullSourceRow> find(String name) {
        return ledger.inTransaction(session -> session.doReturningWork(c -> new SourceStore(c).byName(name)));
    }

    public PullSourceRow get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no source named " + name + " (see 'sources list')"));
    }

    /** Where and as whom to connect, the password opened. */
    public SftpEndpoint endpoint(PullSourceRow row) {
        return new SftpEndpoint(row.host(), row.port(), row.user(), row.keyFile().map(Path::of),
                row.sealedPassword().map(p -> secrets.open(row.name(), p)), row.hostKey());
    }

    /** The key accepted and its fingerprint. */
    public record Trusted(String source, String fingerprint, boolean replaced) {
    }

    /**
     * Accepts the host key the server last showed in a refused pull, or (when none was noted) the key it
     * shows now. A source that has an accepted key keeps it unless {@code replace}.
     */
    public Trusted trust(String name, boolean replace, Duration timeout) throws IOException {
        PullSourceRow row = get(name);
        if (row.hostKey().isPresent() && !replace) {
            if (row.offeredHostKey().isEmpty()) {
                return new Trusted(name, SftpFolder.fingerprintOf(row.hostKey().get()), false);
            }
            throw new IllegalArgumentException(name + " has an accepted host key (" + SftpFolder.fingerprintOf(row.hostKey().get())
                    + ") and its server showed another (" + SftpFolder.fingerprintOf(row.offeredHostKey().get())
                    + "); replace it only with --replace, once its administrator confirmed the new key");
        }
        String key = row.offeredHostKey().isPresent() ? row.offeredHostKey().get()
                : SftpFolder.probe(row.host(), row.port(), row.user(), timeout).offeredKey();
        String fingerprint = SftpFolder.fingerprintOf(key);
        ledger.run(session -> {
            session.doWork(c -> new SourceStore(c).trust(row.id(), key));
            new ImportLog(session).audit(clock.instant(), actor, "source trust", name,
                    "host key " + fingerprint + (row.hostKey().isPresent() ? " replaces " + SftpFolder.fingerprintOf(row.hostKey().get()) : ""));
        });
        return new Trusted(name, fingerprint, row.hostKey().isPresent());
    }
}
