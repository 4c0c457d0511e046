package com.meterbook.cli;

import com.meterbook.ledger.DropFolderSettings;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.DropFolder;
import com.meterbook.operations.DropFolder.Outcome;
import com.meterbook.operations.DropFolderConfig;
import com.meterbook.operations.UsageImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code meterbook watch [DIR]}: imports each complete file dropped into the folder, then moves it to
 * {@code processed/} or {@code failed/} with a report. Ctrl+C or SIGTERM stops it between files (a file
 * being imported stops after its last whole chunk and resumes next time).
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Watch a drop folder: import each file once its size is stable, then move it to processed/ or "
                + "failed/ beside it with NAME.report.txt. Prints one line per file.")
final class WatchCommand extends LedgerCommand {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "the folder (default: the ledger's drop folder, see 'dropfolder set')")
    Path dir;

    @Option(names = "--once", description = "look twice, the stable interval apart, import what is complete, and exit "
            + "(exit 1 if a file failed)")
    boolean once;

    @Option(names = "--stable", paramLabel = "SECONDS", description = "how long a file's size must stay the same "
            + "(default: the ledger's setting, else 2)")
    BigDecimal stable;

    @Option(names = "--poll", paramLabel = "SECONDS", defaultValue = "2", description = "time between looks (default: ${DEFAULT-VALUE})")
    BigDecimal poll;

    @Override
    int run(Ledger ledger) throws InterruptedException {
        Optional<DropFolderSettings> settings = new DropFolderConfig(ledger, root().clock, MeterbookCli.actor()).load();
        Path folder = dir != null ? dir : settings.map(DropFolderSettings::folder).orElse(null);
        if (folder == null) {
            err().println("meterbook: no drop folder: give DIR, or set one with 'meterbook dropfolder set DIR'");
            return 2;
        }
        if (!Files.isDirectory(folder)) {
            err().println("meterbook: " + folder + ": not a folder");
            return 2;
        }
        Duration stableFor;
        Duration every;
        try {
            stableFor = stable != null ? DropFolderCommands.seconds(stable)
                    : settings.map(DropFolderSettings::stable).orElse(DropFolderSettings.DEFAULT_STABLE);
            every = DropFolderCommands.seconds(poll);
        } catch (IllegalArgumentException e) {
            err().println("meterbook: " + e.getMessage());
            return 2;
        }
        UsageImport importer = new UsageImport(ledger, root().clock, MeterbookCli.actor());
        DropFolder drop = new DropFolder(folder, stableFor, root().clock, importer::importFile);
        return once ? once(drop, stableFor) : loop(drop, stableFor, every);
    }

    private int once(DropFolder drop, Duration stableFor) throws InterruptedException {
        drop.scanOnce();
        if (stableFor.isPositive()) {
            Thread.sleep(stableFor);
        }
        return print(drop.scanOnce()) ? 1 : 0;
    }

    private int loop(DropFolder drop, Duration stableFor, Duration every) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch stopSignal = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            stopSignal.countDown();
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "meterbook-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out().println("watching " + drop.folder().toAbsolutePath() + " (stable for " + stableFor.toMillis() / 1000.0
                + " s, looking every " + every.toMillis() / 1000.0 + " s); Ctrl+C stops");
        try {
            while (!stop.get()) {
                print(drop.scanOnce(stop::get));
                stopSignal.await(every.toMillis(), TimeUnit.MILLISECONDS);
            }
            out().println("stopped");
            return 0;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is what stopped us
            }
        }
    }

    /** Prints each outcome; true when a file failed or could not be imported. */
    private boolean print(List<Outcome> outcomes) {
        boolean failed = false;
        for (Outcome o : outcomes) {
            switch (o.status()) {
                case PROCESSED, INTERRUPTED -> out().println(o.line());
                case FAILED, RETRY -> {
                    err().println("meterbook: " + o.line());
                    failed = true;
                }
            }
        }
        out().flush();
        return failed;
    }
}
