package com.meterbook.cli;

import com.meterbook.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate N CDRs over a large rate plan, import them with dedup, and compare with raw H2 inserts.",
        subcommands = {BenchCommand.Documents.class, BenchCommand.MonthEnd.class})
final class BenchCommand extends LedgerCommand {
    @Option(names = "--records", defaultValue = "1000000")
    int records;

    @Option(names = "--format", defaultValue = "generic",
            description = "generic (default) or asterisk: the same calls as Asterisk Master.csv rows")
    String format;

    @Option(names = "--warmup", defaultValue = "100000",
            description = "records imported and inserted raw in scratch folders before timing (JIT warm-up of both sides); 0 for none")
    int warmup;

    @Option(names = "--chunk", defaultValue = "" + com.meterbook.operations.UsageImport.DEFAULT_CHUNK,
            description = "records per import transaction (default: the import's own, ${DEFAULT-VALUE})")
    int chunk;

    @Option(names = "--live-heap",
            description = "force a full collection every 200,000 records and print what stays live (slows the timed import)")
    boolean liveHeap;

    @Override
    int run(Ledger ledger) throws Exception {
        com.meterbook.ingest.UsageFormat f;
        try {
            f = com.meterbook.ingest.UsageFormat.parse(format);
            if (f != com.meterbook.ingest.UsageFormat.GENERIC && f != com.meterbook.ingest.UsageFormat.ASTERISK) {
                throw new IllegalArgumentException("bench --format is generic or asterisk, not " + format);
            }
        } catch (IllegalArgumentException e) {
            err().println("meterbook: " + e.getMessage());
            return 2;
        }
        if (chunk < 1) {
            err().println("meterbook: bench --chunk must be at least 1, not " + chunk);
            return 2;
        }
        return new com.meterbook.bench.Benchmark(ledger, records, f, out()).warmup(warmup).chunk(chunk).liveHeap(liveHeap).run();
    }

    @Command(name = "documents", mixinStandardHelpOptions = true,
            description = "One statement of N lines as PDF, in a throw-away ledger: time and peak heap.")
    static final class Documents implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Option(names = "--lines", defaultValue = "10000")
        int lines;

        @Override
        public Integer call() throws Exception {
            return new com.meterbook.bench.DocumentBench(spec.commandLine().getOut()).statement(lines);
        }
    }

    @Command(name = "month-end", mixinStandardHelpOptions = true,
            description = "Close a cycle of N customers, then write every statement and invoice as PDF, in a throw-away ledger.")
    static final class MonthEnd implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Option(names = "--customers", defaultValue = "1000")
        int customers;
        @Option(names = "--calls-each", defaultValue = "20", description = "calls per customer (default 20)")
        int callsEach;

        @Override
        public Integer call() throws Exception {
            return new com.meterbook.bench.DocumentBench(spec.commandLine().getOut()).monthEnd(customers, callsEach);
        }
    }
}
