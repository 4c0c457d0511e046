package com.meterbook.cli;

import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.MasterDataStore;
import com.meterbook.ledger.PullSourceRow;
import com.meterbook.operations.ImportProgress;
import com.meterbook.operations.PullSchedule;
import com.meterbook.operations.PullSources;
import com.meterbook.operations.SourcePull;
import com.meterbook.operations.UsageImport;
import com.meterbook.sources.Backoff;
import com.meterbook.sources.SecretBox;
import com.meterbook.sources.SftpFolder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** {@code sources add-sftp|list|trust|pull|status|run}: usage files pulled from SFTP folders on a schedule. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "Folders that usage files are pulled from on a schedule.",
        subcommands = {SourcesCommands.AddSftp.class, SourcesCommands.Remove.class, SourcesCommands.ListCommand.class, SourcesCommands.Trust.class,
                SourcesCommands.Pull.class, SourcesCommands.Status.class, SourcesCommands.Run.class})
final class SourcesCommands {

    /** The options every sources command shares: where the secrets key is. */
    abstract static class SourceCommand extends LedgerCommand {

        @Option(names = "--config", paramLabel = "DIR",
                description = "folder of the key that encrypts source passwords (default: ${DEFAULT-VALUE})")
        Path config = SecretBox.defaultFolder();

        PullSources sources(Ledger ledger) {
            return new PullSources(ledger, SecretBox.open(config), root().clock, MeterbookCli.actor());
        }

        SourcePull puller(Ledger ledger) {
            UsageImport importer = new UsageImport(ledger, root().clock, MeterbookCli.actor());
            return new SourcePull(ledger, sources(ledger), (file, format) -> importer.importFile(file, format, ImportProgress.NONE),
                    root().clock, MeterbookCli.actor(), Backoff.standard());
        }

        static String when(Ledger ledger, Optional<Instant> at) {
            ZoneId zone = ledger.inTransaction(s -> new MasterDataStore(s).settings()).map(z -> z.zone()).orElse(ZoneId.systemDefault());
            return at.map(i -> ExceptionCommands.AT.format(i.atZone(zone))).orElse("never");
        }
    }

    @Command(name = "add-sftp", mixinStandardHelpOptions = true,
            description = "Add an SFTP folder to pull from. The password is read from standard input and stored encrypted.")
    static final class AddSftp extends SourceCommand {

        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Option(names = "--host", required = true) String host;
        @Option(names = "--port", defaultValue = "22") int port;
        @Option(names = "--user", required = true) String user;
        @ArgGroup(exclusive = true, multiplicity = "1") Auth auth;
        @Option(names = "--dir", required = true, paramLabel = "REMOTE_DIR") String dir;
        @Option(names = "--pattern", required = true, paramLabel = "GLOB", description = "file names to fetch, e.g. '*.csv'") String pattern;
        @Option(names = "--every", required = true, paramLabel = "MIN", description = "pull every MIN minutes") int every;

        static final class Auth {
            @Option(names = "--key", paramLabel = "FILE", description = "private key file (OpenSSH or PEM, no passphrase)") Path key;
            @Option(names = "--password-stdin", description = "read the password from the first line of standard input") boolean passwordStdin;
        }

        @Override
        int run(Ledger ledger) throws IOException {
            Optional<String> password = Optional.empty();
            if (auth.passwordStdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    err().println("meterbook: no password on standard input");
                    return 2;
                }
                password = Optional.of(line);
            }
            PullSources.NewSftpSource source;
            try {
                source = new PullSources.NewSftpSource(name, host, port, user, Optional.ofNullable(auth.key), password, dir, pattern, every);
            } catch (IllegalArgumentException e) {
                err().println("meterbook: " + e.getMessage());
                return 2;
            }
            sources(ledger).addSftp(source);
            out().println("added " + name + ": sftp " + user + "@" + host + ":" + port + " " + dir + " " + pattern + " every " + every
                    + " min; accept its host key with 'sources trust " + name + "'");
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a source; the files it already imported stay in the ledger.")
    static final class Remove extends SourceCommand {
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Override
        int run(Ledger ledger) {
            new PullSources(ledger, null, root().clock, MeterbookCli.actor()).remove(name);
            out().println("removed " + name);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The sources, tab separated: name, address, folder, pattern, every (min), login, host key.")
    static final class ListCommand extends SourceCommand {
        @Override
        int run(Ledger ledger) {
            for (PullSourceRow r : sources(ledger).list()) {
                out().println(String.join("\t", r.name(), "sftp://" + r.user() + "@" + r.host() + ":" + r.port(), r.remoteDir(),
                        r.pattern(), String.valueOf(r.everyMinutes()), r.keyFile().map(k -> "key " + k).orElse("password (encrypted)"),
                        r.hostKey().map(SftpFolder::fingerprintOf).orElse("host key not accepted")));
            }
            return 0;
        }
    }

    @Command(name = "trust", mixinStandardHelpOptions = true,
            description = "Accept the host key the source's server showed (in the last refused pull, or now) and print its fingerprint.")
    static final class Trust extends SourceCommand {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Option(names = "--replace", description = "replace an accepted key that the server no longer shows") boolean replace;

        @Override
        int run(Ledger ledger) throws IOException {
            PullSources.Trusted t = sources(ledger).trust(name, replace, SourcePull.TIMEOUT);
            out().println(name + ": " + (t.replaced() ? "replaced the host key with " : "accepted host key ") + t.fingerprint());
            return 0;
        }
    }

    @Command(name = "pull", mixinStandardHelpOptions = true, description = "Pull one source now: fetch and import its new files.")
    static final class Pull extends SourceCommand {
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Override
        int run(Ledger ledger) {
            sources(ledger).get(name);
            SourcePull.Result result = puller(ledger).pull(name);
            out().println(result.line());
            result.error().ifPresent(e -> err().println("meterbook: " + name + ": " + e));
            return result.error().isPresent() ? 1 : 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Each source's last pull, tab separated: name, last attempt, last success, files fetched then, last error (or ok).")
    static final class Status extends SourceCommand {
        @Override
        int run(Ledger ledger) {
            for (PullSourceRow r : sources(ledger).list()) {
                out().println(String.join("\t", r.name(), when(ledger, r.lastAttempt()), when(ledger, r.lastSuccess()),
                        String.valueOf(r.lastFetched()), r.lastError().orElse(r.lastAttempt().isPresent() ? "ok" : "not pulled yet")));
            }
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Keep pulling each source on its schedule until stopped (Ctrl+C), printing one line per pull.")
    static final class Run extends SourceCommand {
        @Option(names = "--rounds", paramLabel = "N", hidden = true, description = "stop after N rounds (for tests)") int rounds;

        @Override
        int run(Ledger ledger) throws InterruptedException {
            PullSources sources = sources(ledger);
            SourcePull puller = puller(ledger);
            for (int round = 1; rounds == 0 || round <= rounds; round++) {
                List<PullSourceRow> all = sources.list();
                for (PullSourceRow due : PullSchedule.due(all, root().clock.instant())) {
                    SourcePull.Result result = puller.pull(due.name());
                    out().println(when(ledger, Optional.of(root().clock.instant())) + " " + result.line());
                    out().flush();
                }
                if (rounds != 0 && round == rounds) {
                    break;
                }
                Thread.sleep(Math.max(1000, PullSchedule.untilNext(sources.list(), root().clock.instant()).toMillis()));
            }
            return 0;
        }
    }
}
