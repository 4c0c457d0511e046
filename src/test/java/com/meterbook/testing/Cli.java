package com.meterbook.testing;

import com.meterbook.cli.MeterbookCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in this JVM, as {@code meterbook --ledger DIR ARGS...} would, capturing both streams. */
public final class Cli {

    private Cli() {
    }

    /** What one command did: its exit code and everything it printed. */
    public record Result(int exit, String out, String err) {

        public List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    public static Result run(Path ledger, String... args) {
        List<String> full = new ArrayList<>();
        full.add("--ledger");
        full.add(ledger.toString());
        full.addAll(List.of(args));
        return runRaw(full.toArray(String[]::new));
    }

    public static Result runRaw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MeterbookCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** Runs a command that must succeed and returns its standard output. */
    public static String ok(Path ledger, String... args) {
        Result r = run(ledger, args);
        if (r.exit() != 0 || !r.err().isEmpty()) {
            throw new AssertionError("meterbook " + String.join(" ", args) + " failed: " + r);
        }
        return r.out();
    }
}
