package com.meterbook.cli;

import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.ImportProgress;
import com.meterbook.operations.ImportSummary;
import com.meterbook.operations.UsageImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

@Command(name = "usage", mixinStandardHelpOptions = true, description = "Usage records.", subcommands = {UsageCommand.Import.class,
        UsageBrowseCommands.ListCommand.class, UsageBrowseCommands.Explain.class})
final class UsageCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import, deduplicate and rate usage files; prints 'imported N, duplicates N, exceptions N' per file.")
    static final class Import extends LedgerCommand {

        @Option(names = "--format", defaultValue = "generic", description = "generic, events, readings, asterisk or freeswitch (default: ${DEFAULT-VALUE})")
        String format;

        @Parameters(arity = "1..*", paramLabel = "F", description = "one or more files")
        List<Path> files;

        @Override
        int run(Ledger ledger) {
            UsageFormat usageFormat;
            try {
                usageFormat = UsageFormat.parse(format);
            } catch (IllegalArgumentException e) {
                err().println("meterbook: " + e.getMessage());
                return 2;
            }
            UsageImport importer = new UsageImport(ledger, root().clock, MeterbookCli.actor());
            int exit = 0;
            long imported = 0;
            long duplicates = 0;
            long exceptions = 0;
            for (Path file : files) {
                try {
                    ImportSummary summary = importer.importFile(file, usageFormat, ImportProgress.NONE);
                    if (summary.skipped()) {
                        err().println("meterbook: " + file + ": already imported on " + summary.alreadyImported()
                                + " (same SHA-256); skipped, its " + summary.read() + " records count as duplicates");
                    }
                    imported += summary.imported();
                    duplicates += summary.duplicates();
                    exceptions += summary.exceptions();
                } catch (FileRejectedException e) {
                    err().println("meterbook: " + e.getMessage());
                    exit = 1;
                } catch (RuntimeException e) {
                    err().println("meterbook: " + file + ": import stopped, whole chunks kept: " + Failures.describe(e));
                    exit = 1;
                }
            }
            // one line, the totals of the files imported: scripts read it as the contract words it
            out().println("imported " + imported + ", duplicates " + duplicates + ", exceptions " + exceptions);
            return exit;
        }
    }
}
