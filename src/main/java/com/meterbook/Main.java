package com.meterbook;

import com.meterbook.cli.MeterbookCli;
import com.meterbook.ui.DesktopLauncher;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts Meterbook: with no command (no arguments, or only {@code --ledger DIR}) the desktop app, else
 * the command line. A launcher that does not extend Application, so JavaFX can stay on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Logger.getLogger("").setLevel(Level.WARNING);
        Logger.getLogger("org.hibernate").setLevel(Level.SEVERE);
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Optional<Path> desktopLedger = desktopLedger(args);
        if (desktopLedger.isPresent()) {
            DesktopLauncher.launch(desktopLedger.get());
            System.exit(0);
        }
        int exit;
        try {
            exit = MeterbookCli.run(args);
        } catch (Throwable t) {
            System.err.println("meterbook: " + t);
            exit = 1;
        }
        System.exit(exit);
    }

    /** The ledger to open in the desktop app, when the arguments name no command. */
    static Optional<Path> desktopLedger(String... args) {
        if (args.length == 0) {
            return Optional.of(MeterbookCli.defaultLedger());
        }
        if (args.length == 2 && args[0].equals("--ledger")) {
            return Optional.of(Path.of(args[1]));
        }
        if (args.length == 1 && args[0].startsWith("--ledger=")) {
            return Optional.of(Path.of(args[0].substring("--ledger=".length())));
        }
        return Optional.empty();
    }
}
