package com.meterbook.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real command line in a separate JVM (this test's classpath), for tests of other processes and kills. */
public final class ChildCli {

    private ChildCli() {
    }

    /** Starts {@code meterbook --ledger LEDGER ARGS...}; both output streams go to {@code log}. */
    public static Process start(Path ledger, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "com.meterbook.Main", "--ledger", ledger.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
