package com.meterbook;

import com.meterbook.cli.MeterbookCli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts the command line; a launcher that does not extend Application, so JavaFX can stay on the class path. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Logger.getLogger("").setLevel(Level.WARNING);
        Logger.getLogger("org.hibernate").setLevel(Level.SEVERE);
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        int exit;
        try {
            exit = MeterbookCli.run(args);
        } catch (Throwable t) {
            System.err.println("meterbook: " + t);
            exit = 1;
        }
        System.exit(exit);
    }
}
