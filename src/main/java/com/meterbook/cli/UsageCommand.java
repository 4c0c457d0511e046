package com.meterbook.cli;

import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ingest.FormatDetector;
import com.meterbook.ingest.FormatDetector.Detection;
import com.meterbook.ingest.MappingProfile;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.ImportProgress;
import com.meterbook.operations.ImportSummary;
import com.meterbook.operations.MappingProfiles;
import com.meterbook.operations.UsageImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Command(name = "usage", mixinStandardHelpOptions = true, description = "Usage records.", subcommands = {UsageCommand.Import.class,
        UsageCommand.Detect.class, UsageActivityCommand.class, UsageBrowseCommands.ListCommand.class, UsageBrowseCommands.Explain.class,
        UsageExportCommand.class})
final class UsageCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import, deduplicate and rate usage files; prints 'imported N, duplicates N, exceptions N' per file.")
    static final class Import extends LedgerCommand {

        @Option(names = "--format", description = "generic, events, readings, asterisk or freeswitch "
                + "(default: told from each file's first lines; a file that is no format's is read as generic)")
        String format;

        @Option(names = "--profile", paramLabel = "NAME", description = "read every file through this saved mapping profile "
                + "(see 'profiles'); not with --format")
        String profile;

        @Parameters(arity = "1..*", paramLabel = "F", description = "one or more files")
        List<Path> files;

        @Override
        int run(Ledger ledger) {
            if (profile != null) {
                return importThroughProfile(ledger);
            }
            Optional<UsageFormat> forced;
            try {
                forced = Optional.ofNullable(format).map(UsageFormat::parse);
            } catch (IllegalArgumentException e) {
                err().println("meterbook: " + e.getMessage());
                return 2;
            }
            // every file's format is known before the first is imported: an ambiguous one stops the command unchanged
            Map<Path, UsageFormat> formats = new LinkedHashMap<>();
            for (Path file : files) {
                Detection detected = forced.isPresent() ? null : FormatDetector.detect(file);
                if (detected != null && detected.ambiguous()) {
                    err().println("meterbook: " + file + ": cannot tell the format (" + detected.reason()
                            + "); give it with --format");
                    return 2;
                }
                formats.put(file, forced.orElseGet(() -> detected.format().orElse(UsageFormat.GENERIC)));
            }
            return importAll(ledger, (importer, file) -> importer.importFile(file, formats.get(file), ImportProgress.NONE));
        }

        private int importThroughProfile(Ledger ledger) {
            if (format != null) {
                err().println("meterbook: give --format or --profile, not both");
                return 2;
            }
            MappingProfile mapping;
            try {
                mapping = new MappingProfiles(ledger, root().clock, MeterbookCli.actor()).get(profile);
            } catch (IllegalArgumentException e) {
                err().println("meterbook: " + e.getMessage());
                return 2;
            }
            return importAll(ledger, (importer, file) -> importer.importFile(file, mapping, ImportProgress.NONE));
        }

        private interface OneFile {
            ImportSummary run(UsageImport importer, Path file) throws FileRejectedException;
        }

        private int importAll(Ledger ledger, OneFile one) {
            UsageImport importer = new UsageImport(ledger, root().clock, MeterbookCli.actor());
            int exit = 0;
            long imported = 0;
            long duplicates = 0;
            long exceptions = 0;
            for (Path file : files) {
                try {
                    ImportSummary summary = one.run(importer, file);
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

    @Command(name = "detect", mixinStandardHelpOptions = true,
            description = "Tell each file's usage format from its first lines, as 'usage import' without --format does: "
                    + "prints 'F: format (why)', or why none; exits 2 when a file is ambiguous.")
    static final class Detect implements java.util.concurrent.Callable<Integer> {

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "F", description = "one or more files")
        List<Path> files;

        @Override
        public Integer call() {
            int exit = 0;
            for (Path file : files) {
                Detection d = FormatDetector.detect(file);
                String what = d.ambiguous() ? "ambiguous (" + d.reason() + ")"
                        : d.format().isPresent() ? d.describe() : "unknown (" + d.reason() + "), read as generic";
                spec.commandLine().getOut().println(file + ": " + what);
                exit = d.ambiguous() ? 2 : exit;
            }
            return exit;
        }
    }
}
