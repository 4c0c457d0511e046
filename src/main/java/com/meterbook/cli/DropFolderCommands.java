package com.meterbook.cli;

import com.meterbook.ledger.DropFolderSettings;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.DropFolderConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** {@code meterbook dropfolder show|set|off}: the ledger's drop folder, which the desktop watches while open. */
@Command(name = "dropfolder", mixinStandardHelpOptions = true, description = "The ledger's drop folder setting.",
        subcommands = {DropFolderCommands.Show.class, DropFolderCommands.Set.class, DropFolderCommands.Off.class})
final class DropFolderCommands {

    static Duration seconds(BigDecimal seconds) {
        if (seconds.signum() < 0) {
            throw new IllegalArgumentException(seconds.toPlainString() + " seconds: cannot be negative");
        }
        return Duration.ofMillis(seconds.movePointRight(3).longValue());
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the drop folder and whether it is watched.")
    static final class Show extends LedgerCommand {
        @Override
        int run(Ledger ledger) {
            Optional<DropFolderSettings> s = new DropFolderConfig(ledger, root().clock, MeterbookCli.actor()).load();
            out().println(s.map(DropFolderSettings::describe).orElse("no drop folder"));
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Set the drop folder and turn watching on.")
    static final class Set extends LedgerCommand {
        @Parameters(paramLabel = "DIR", description = "an existing folder")
        Path dir;

        @Option(names = "--stable", paramLabel = "SECONDS", description = "how long a file's size must stay the same (default: 2)")
        BigDecimal stable;

        @Override
        int run(Ledger ledger) {
            if (!Files.isDirectory(dir)) {
                err().println("meterbook: " + dir + ": not a folder");
                return 2;
            }
            Duration stableFor;
            try {
                stableFor = stable == null ? DropFolderSettings.DEFAULT_STABLE : seconds(stable);
            } catch (IllegalArgumentException e) {
                err().println("meterbook: " + e.getMessage());
                return 2;
            }
            DropFolderSettings s = new DropFolderSettings(dir.toAbsolutePath(), true, stableFor);
            new DropFolderConfig(ledger, root().clock, MeterbookCli.actor()).save(s);
            out().println(s.describe());
            return 0;
        }
    }

    @Command(name = "off", mixinStandardHelpOptions = true, description = "Stop watching the drop folder (it stays set).")
    static final class Off extends LedgerCommand {
        @Override
        int run(Ledger ledger) {
            DropFolderConfig config = new DropFolderConfig(ledger, root().clock, MeterbookCli.actor());
            Optional<DropFolderSettings> s = config.load();
            if (s.isEmpty()) {
                err().println("meterbook: no drop folder is set");
                return 1;
            }
            DropFolderSettings off = new DropFolderSettings(s.get().folder(), false, s.get().stable());
            config.save(off);
            out().println(off.describe());
            return 0;
        }
    }
}
