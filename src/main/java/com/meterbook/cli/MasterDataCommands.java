package com.meterbook.cli;

import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.MasterDataImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code customers|rates|bands|holidays|recurring import F}: each file whole or not at all. */
final class MasterDataCommands {

    private MasterDataCommands() {
    }

    @FunctionalInterface
    interface Importer {
        int apply(MasterDataImport importer, Path file) throws FileRejectedException;
    }

    abstract static class ImportCommand extends LedgerCommand {
        @Parameters(index = "0", paramLabel = "F", description = "the CSV file")
        Path file;

        abstract Importer importer();

        abstract String what();

        @Override
        int run(Ledger ledger) {
            try {
                int rows = importer().apply(new MasterDataImport(ledger, root().clock, MeterbookCli.actor()), file);
                out().println("imported " + rows + " " + what());
                return 0;
            } catch (FileRejectedException e) {
                err().println("meterbook: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Add or replace customers by account (customers.csv).")
    static final class CustomersImport extends ImportCommand {
        Importer importer() {
            return MasterDataImport::customers;
        }

        String what() {
            return "customers";
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Add rate rows; a row of the same identity replaces the old one (rates.csv).")
    static final class RatesImport extends ImportCommand {
        Importer importer() {
            return MasterDataImport::rates;
        }

        String what() {
            return "rate rows";
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Replace the band windows (bands.csv).")
    static final class BandsImport extends ImportCommand {
        Importer importer() {
            return MasterDataImport::bands;
        }

        String what() {
            return "band windows";
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Add or replace holidays by date (holidays.csv).")
    static final class HolidaysImport extends ImportCommand {
        Importer importer() {
            return MasterDataImport::holidays;
        }

        String what() {
            return "holidays";
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Add or replace recurring charges (recurring.csv).")
    static final class RecurringImport extends ImportCommand {
        Importer importer() {
            return MasterDataImport::recurring;
        }

        String what() {
            return "recurring charges";
        }
    }

    @Command(name = "customers", mixinStandardHelpOptions = true, description = "Customers.", subcommands = {CustomersImport.class,
            CustomerCommands.ListCommand.class, CustomerCommands.Show.class, CustomerCommands.Edit.class})
    static final class Customers {
    }

    @Command(name = "rates", mixinStandardHelpOptions = true, description = "Rate tables.", subcommands = {RatesImport.class,
            MasterDataExportCommands.RatesExport.class, MasterDataExportCommands.RatesNewVersion.class})
    static final class Rates {
    }

    @Command(name = "bands", mixinStandardHelpOptions = true, description = "Peak and off-peak bands.",
            subcommands = {BandsImport.class, MasterDataExportCommands.BandsExport.class})
    static final class Bands {
    }

    @Command(name = "holidays", mixinStandardHelpOptions = true, description = "Holidays.",
            subcommands = {HolidaysImport.class, MasterDataExportCommands.HolidaysExport.class})
    static final class Holidays {
    }

    @Command(name = "recurring", mixinStandardHelpOptions = true, description = "Recurring monthly charges.", subcommands = RecurringImport.class)
    static final class Recurring {
    }
}
