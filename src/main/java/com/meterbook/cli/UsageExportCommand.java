package com.meterbook.cli;

import com.meterbook.operations.UsageStatementCsv;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.UsageBrowser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
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
    @Option(names = "--out", required = true, paramLabel = "F")
    Path out;
    @Option(names = "--bom", description = "start the file with a UTF-8 byte order mark, for Excel")
    boolean bom;

    @Override
    int run(Ledger ledger) {
        UsageBrowser browser = new UsageBrowser(ledger);
        if (browser.customers().stream().noneMatch(c -> c.account().equals(account))) {
            err().println("meterbook: no customer " + account);
            return 1;
        }
        UsageStatementCsv.Written w = UsageStatementCsv.write(browser, account, period, out, bom);
        out().println("exported " + w.records() + " records, charges " + w.charges().toPlainString() + ", to " + out);
        return 0;
    }
}
