package com.meterbook.cli;

import com.meterbook.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate N CDRs over a large rate plan, import them with dedup, and compare with raw H2 inserts.")
final class BenchCommand extends LedgerCommand {
    @Option(names = "--records", defaultValue = "1000000")
    int records;

    @Override
    int run(Ledger ledger) throws Exception {
        return new com.meterbook.bench.Benchmark(ledger, records, out()).run();
    }
}
