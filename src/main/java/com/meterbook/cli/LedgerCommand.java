package com.meterbook.cli;

import com.meterbook.ledger.Ledger;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** A subcommand that works on the ledger named by {@code --ledger}. */
abstract class LedgerCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    MeterbookCli root() {
        Object cmd = spec.root().userObject();
        return (MeterbookCli) cmd;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public final Integer call() throws Exception {
        try (Ledger ledger = root().openLedger()) {
            return run(ledger);
        }
    }

    abstract int run(Ledger ledger) throws Exception;

}
