package com.meterbook.cli;

import com.meterbook.documents.MasterDataExports;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.CalendarEdits;
import com.meterbook.operations.RateEdits;
import com.meterbook.rating.RateRow;
import com.meterbook.rating.RateTable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code rates export}, {@code rates new-version}, {@code bands export}, {@code holidays export}. */
final class MasterDataExportCommands {

    private MasterDataExportCommands() {
    }

    /** One owner: a plan or one customer's overrides. */
    static final class Owner {
        @Option(names = "--plan", paramLabel = "P", description = "the plan's own rows")
        String plan;
        @Option(names = "--account", paramLabel = "A", description = "the customer's override rows")
        String account;

        String key() {
            return plan != null ? RateTable.planOwner(plan) : RateTable.accountOwner(account);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Rate rows in the rates.csv format (all, or one plan's or one customer's overrides).")
    static final class RatesExport extends LedgerCommand {
        @Option(names = "--out", required = true, paramLabel = "F")
        Path out;
        @ArgGroup(exclusive = true)
        Owner owner;

        @Override
        int run(Ledger ledger) {
            List<RateRow> rows = new RateEdits(ledger, root().clock, MeterbookCli.actor()).rows();
            if (owner != null) {
                rows = rows.stream().filter(r -> r.owner().equals(owner.key())).toList();
            }
            MasterDataExports.rates(rows, out);
            out().println("exported " + rows.size() + " rate rows to " + out);
            return 0;
        }
    }

    @Command(name = "new-version", mixinStandardHelpOptions = true,
            description = "Copy the rows in force on a date into a new version effective that date, for every prefix of a plan or "
                    + "of a customer's overrides; older versions stay as they are.")
    static final class RatesNewVersion extends LedgerCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Owner owner;
        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate from;

        @Override
        int run(Ledger ledger) throws RateEdits.Rejected {
            RateEdits edits = new RateEdits(ledger, root().clock, MeterbookCli.actor());
            List<RateRow> rows = edits.rows().stream().filter(r -> r.owner().equals(owner.key())).toList();
            if (rows.isEmpty()) {
                err().println("meterbook: " + owner.key() + " has no rate rows");
                return 1;
            }
            RateEdits.NewVersion version = RateEdits.newVersion(rows, from);
            if (version.rows().isEmpty()) {
                err().println("meterbook: nothing to copy: no prefix of " + owner.key() + " has a version in force before " + from
                        + " without one on that date");
                return 1;
            }
            List<RateRow> all = new ArrayList<>(rows);
            all.addAll(version.rows());
            edits.replace(owner.key(), all);
            out().println("copied " + version.rows().size() + " rate rows into versions from " + from
                    + (version.skipped().isEmpty() ? "" : "; skipped prefixes " + String.join(", ", version.skipped())));
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "The band windows in the bands.csv format, in order.")
    static final class BandsExport extends LedgerCommand {
        @Option(names = "--out", required = true, paramLabel = "F")
        Path out;

        @Override
        int run(Ledger ledger) {
            var calendar = new CalendarEdits(ledger, root().clock, MeterbookCli.actor()).calendar();
            MasterDataExports.bands(calendar.bands(), out);
            out().println("exported " + calendar.bands().size() + " band windows to " + out);
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "The holidays in the holidays.csv format, by date.")
    static final class HolidaysExport extends LedgerCommand {
        @Option(names = "--out", required = true, paramLabel = "F")
        Path out;

        @Override
        int run(Ledger ledger) {
            var calendar = new CalendarEdits(ledger, root().clock, MeterbookCli.actor()).calendar();
            MasterDataExports.holidays(calendar.holidays(), out);
            out().println("exported " + calendar.holidays().size() + " holidays to " + out);
            return 0;
        }
    }
}
