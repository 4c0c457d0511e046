package com.meterbook.cli;

import com.meterbook.documents.CsvExports;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.CycleStore;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.CycleClose;
import com.meterbook.operations.RatingContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.YearMonth;

/** The four CSV exports of the contract. */
final class ExportCommands {

    private ExportCommands() {
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "record_id,account,period,callee,band,quantity,billed_quantity,charge of rated records.")
    static final class ChargesExport extends LedgerCommand {
        @Option(names = "--period", paramLabel = "YYYY-MM", description = "one cycle (default: all)")
        YearMonth period;
        @Mixin
        CsvFileOptions file;

        @Override
        int run(Ledger ledger) {
            LedgerSettings settings = ledger.inTransaction(RatingContext::settings);
            long rows = new CsvExports(ledger, file.bom).charges(period, settings, file.out);
            out().println("exported " + rows + " charges to " + file.out);
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "record_id,source,line,reason,detail of open exceptions.")
    static final class ExceptionsExport extends LedgerCommand {
        @Mixin
        CsvFileOptions file;

        @Override
        int run(Ledger ledger) {
            long rows = new CsvExports(ledger, file.bom).exceptions(file.out);
            out().println("exported " + rows + " exceptions to " + file.out);
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "account,period,brought_forward,usage,recurring,subtotal,invoiced,carried_forward per customer "
                    + "(an open cycle shows what closing it now would give).")
    static final class BalancesExport extends LedgerCommand {
        @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
        YearMonth period;
        @Mixin
        CsvFileOptions file;

        @Override
        int run(Ledger ledger) {
            var balances = new CycleClose(ledger, root().clock, MeterbookCli.actor()).balances(period);
            new CsvExports(ledger, file.bom).balances(balances, file.out);
            out().println("exported " + balances.size() + " balances to " + file.out);
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "invoice_no,account,period,brought_forward,usage,recurring,tax,total of a closed cycle.")
    static final class InvoicesExport extends LedgerCommand {
        @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
        YearMonth period;
        @Mixin
        CsvFileOptions file;

        @Override
        int run(Ledger ledger) {
            var invoices = ledger.inTransaction(session ->
                    new CycleStore(session).invoices(period, RatingContext.settings(session).decimals()));
            new CsvExports(ledger, file.bom).invoices(invoices, file.out);
            out().println("exported " + invoices.size() + " invoices to " + file.out);
            return 0;
        }
    }

    @Command(name = "charges", mixinStandardHelpOptions = true, description = "Rated charges.", subcommands = ChargesExport.class)
    static final class Charges {
    }

    @Command(name = "exceptions", mixinStandardHelpOptions = true, description = "The exception queue.", subcommands = {ExceptionsExport.class,
            ExceptionCommands.ListCommand.class, ExceptionCommands.Assign.class, ExceptionCommands.Retry.class,
            ExceptionCommands.BillNext.class, ExceptionCommands.WriteOff.class, ExceptionCommands.History.class})
    static final class Exceptions {
    }

    @Command(name = "balances", mixinStandardHelpOptions = true, description = "Customer balances of a cycle.", subcommands = BalancesExport.class)
    static final class Balances {
    }

    @Command(name = "invoices", mixinStandardHelpOptions = true, description = "Invoices of a cycle.", subcommands = InvoicesExport.class)
    static final class Invoices {
    }
}
