package com.meterbook.cli;

import com.meterbook.operations.UsageStatementCsv;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.UsageBrowser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.YearMonth;

/** {@code usage export}: a customer's usage statement of one cycle as CSV, streamed. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "A customer's rated records of a cycle as CSV: record_id,start,caller,callee,destination,band,"
                + "quantity,billed_quantity,rate,charge (start in the ledger's zone; no total row).")
final class UsageExportCommand extends LedgerCommand {
    @Option(names = "--account", required = true, paramLabel = "A")
    String account;
    @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
    YearMonth period;
    @Mixin
    CsvFileOptions file;

    @Override
    int run(Ledger ledger) {
        UsageBrowser browser = new UsageBrowser(ledger);
        if (browser.customers().stream().noneMatch(c -> c.account().equals(account))) {
            err().println("meterbook: no customer " + account);
            return 1;
        }
        UsageStatementCsv.Written w = UsageStatementCsv.write(browser, account, period, file.out, file.bom);
        out().println("exported " + w.records() + " records, charges " + w.charges().toPlainString() + ", to " + file.out);
        return 0;
    }
}
