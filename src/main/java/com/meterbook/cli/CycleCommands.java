package com.meterbook.cli;

import com.meterbook.billing.Balance;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.CycleClose;
import com.meterbook.operations.CycleRefusedException;
import com.meterbook.operations.Rerate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.YearMonth;
import java.util.List;

final class CycleCommands {

    private CycleCommands() {
    }

    @Command(name = "close", mixinStandardHelpOptions = true,
            description = "Close a cycle: balances, carry-forward and invoices, in one transaction.")
    static final class Close extends LedgerCommand {
        @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
        YearMonth period;

        @Option(names = "--dry-run", description = "show what the close would give, per customer, and change nothing")
        boolean dryRun;

        @Override
        int run(Ledger ledger) {
            try {
                if (dryRun) {
                    ClosePreview.print(new CycleClose(ledger, root().clock, MeterbookCli.actor()).preview(period), period, out());
                    return 0;
                }
                List<Balance> balances = new CycleClose(ledger, root().clock, MeterbookCli.actor()).close(period);
                long invoiced = balances.stream().filter(Balance::invoiced).count();
                out().println("closed " + period + ": " + invoiced + " invoices, " + (balances.size() - invoiced) + " carried forward");
                return 0;
            } catch (CycleRefusedException e) {
                err().println("meterbook: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "cycle", mixinStandardHelpOptions = true, description = "Billing cycles.", subcommands = Close.class)
    static final class Cycle {
    }

    @Command(name = "rerate", mixinStandardHelpOptions = true,
            description = "Re-rate an open cycle after rates, bands or customers changed.")
    static final class RerateCommand extends LedgerCommand {
        @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
        YearMonth period;

        @Override
        int run(Ledger ledger) {
            try {
                out().println(new Rerate(ledger, root().clock, MeterbookCli.actor()).rerate(period).line());
                return 0;
            } catch (CycleRefusedException e) {
                err().println("meterbook: " + e.getMessage());
                return 1;
            }
        }
    }
}
