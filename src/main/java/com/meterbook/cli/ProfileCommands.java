package com.meterbook.cli;

import com.meterbook.ingest.MappingProfile;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.ProfileStore;
import com.meterbook.operations.MappingProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code profiles list|show|save}: mapping profiles for CSV files of no built-in format (docs/FORMATS.md). */
final class ProfileCommands {

    private ProfileCommands() {
    }

    @Command(name = "profiles", mixinStandardHelpOptions = true, description = "Mapping profiles for other CSV files.",
            subcommands = {ListProfiles.class, Show.class, Save.class})
    static final class Profiles {
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Prints 'NAME<TAB>kind<TAB>saved at<TAB>by' per profile.")
    static final class ListProfiles extends LedgerCommand {
        @Override
        int run(Ledger ledger) {
            for (ProfileStore.Stored s : new MappingProfiles(ledger, root().clock, MeterbookCli.actor()).list()) {
                MappingProfile p = MappingProfile.parse(s.name(), s.definition());
                out().println(s.name() + "\t" + p.kind().name().toLowerCase(java.util.Locale.ROOT) + "\t" + s.savedAt() + "\t" + s.savedBy());
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Prints a profile as properties text, as 'save --from-file' reads it.")
    static final class Show extends LedgerCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        int run(Ledger ledger) {
            try {
                out().print(new MappingProfiles(ledger, root().clock, MeterbookCli.actor()).get(name).text());
                return 0;
            } catch (IllegalArgumentException e) {
                err().println("meterbook: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = "Checks and saves (or replaces) a profile from a properties file and/or --set KEY=VALUE options.")
    static final class Save extends LedgerCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--from-file", paramLabel = "P.properties", description = "the profile as properties text")
        Path file;

        @Option(names = "--set", paramLabel = "KEY=VALUE", description = "one key of the profile (repeatable; after the file's)")
        List<String> settings = List.of();

        @Override
        int run(Ledger ledger) {
            StringBuilder text = new StringBuilder();
            try {
                if (file != null) {
                    text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
                }
            } catch (IOException e) {
                err().println("meterbook: " + file + ": cannot be read: " + e.getMessage());
                return 1;
            }
            settings.forEach(s -> text.append(s.replace("\\", "\\\\")).append('\n'));
            if (file == null && settings.isEmpty()) {
                err().println("meterbook: give the profile with --from-file P.properties or --set KEY=VALUE");
                return 2;
            }
            try {
                MappingProfile p = new MappingProfiles(ledger, root().clock, MeterbookCli.actor()).save(name, text.toString());
                out().println("saved profile " + p.name());
                return 0;
            } catch (IllegalArgumentException e) {
                err().println("meterbook: profile " + name + ": " + e.getMessage());
                return 1;
            }
        }
    }
}
