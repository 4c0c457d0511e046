package com.meterbook.cli;

import com.meterbook.billing.EntityProfile;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.EntityProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The letterheads of the billing entities: name, address, tax number, logo and payment terms. */
final class EntityCommands {

    private EntityCommands() {
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Set an entity's letterhead; fields not given stay as they are. Audited.")
    static final class Set extends LedgerCommand {
        @Option(names = "--entity", required = true, paramLabel = "CODE")
        String entity;
        @Option(names = "--name", paramLabel = "TEXT")
        String name;
        @Option(names = "--address", paramLabel = "TEXT", description = "address lines separated by '|' or new lines")
        String address;
        @Option(names = "--tax-id", paramLabel = "TEXT", description = "registration or tax number")
        String taxId;
        @Option(names = "--logo", paramLabel = "F", description = "a PNG or JPEG of at most 1 MB")
        Path logo;
        @Option(names = "--no-logo", description = "remove the logo")
        boolean noLogo;
        @Option(names = "--payment-days", paramLabel = "N", description = "days from an invoice's issue to its due date (default 14)")
        Integer paymentDays;

        @Override
        int run(Ledger ledger) throws IOException {
            Optional<byte[]> logoBytes = Optional.empty();
            if (logo != null) {
                if (!Files.isRegularFile(logo)) {
                    throw new IllegalArgumentException("no logo file " + logo);
                }
                logoBytes = Optional.of(Files.readAllBytes(logo));
            }
            Optional<List<String>> lines = Optional.ofNullable(address).map(a -> Arrays.asList(a.split("\\||\\R")));
            EntityProfile p = new EntityProfiles(ledger, root().clock, MeterbookCli.actor()).set(entity, new EntityProfiles.Change(
                    Optional.ofNullable(name), lines, Optional.ofNullable(taxId), logoBytes, noLogo, Optional.ofNullable(paymentDays)));
            out().println("entity " + p.entity() + " saved");
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Every entity's letterhead, or one entity's.")
    static final class Show extends LedgerCommand {
        @Option(names = "--entity", paramLabel = "CODE")
        String entity;

        @Override
        int run(Ledger ledger) {
            EntityProfiles profiles = new EntityProfiles(ledger, root().clock, MeterbookCli.actor());
            List<EntityProfile> shown = entity == null ? profiles.list()
                    : List.of(profiles.find(entity).orElseThrow(() -> new IllegalArgumentException("unknown entity " + entity)));
            for (EntityProfile p : shown) {
                out().println(p.entity() + ": " + p.name());
                p.address().forEach(l -> out().println("  " + l));
                out().println("  tax id: " + (p.taxId().isEmpty() ? "(none)" : p.taxId()));
                out().println("  logo: " + p.logo().map(l -> l.length + " bytes").orElse("(none)"));
                out().println("  payment: " + p.paymentDays() + " days");
            }
            return 0;
        }
    }

    @Command(name = "entities", mixinStandardHelpOptions = true, description = "Billing entities' letterheads.", subcommands = {Set.class, Show.class})
    static final class Group {
    }
}
