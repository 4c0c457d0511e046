package com.meterbook.cli;

import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.UsagePages;
import com.meterbook.operations.UsageBrowser;
import com.meterbook.operations.UsageExplain;
import com.meterbook.rating.ExplanationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/** {@code usage list} and {@code usage explain}: the usage browser of the screen, on the command line. */
final class UsageBrowseCommands {

    private static final int PAGE = 5_000;

    private UsageBrowseCommands() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "A customer's rated records of a cycle in cycle order, tab separated.")
    static final class ListCommand extends LedgerCommand {
        @Option(names = "--account", required = true, paramLabel = "A")
        String account;
        @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
        YearMonth period;
        @Option(names = "--limit", paramLabel = "N", description = "at most N records (default: all)")
        Integer limit;

        @Override
        int run(Ledger ledger) {
            if (limit != null && limit < 1) {
                err().println("meterbook: --limit must be at least 1 (see --help)");
                return 2;
            }
            UsageBrowser browser = new UsageBrowser(ledger);
            if (browser.customers().stream().noneMatch(c -> c.account().equals(account))) {
                err().println("meterbook: no customer " + account);
                return 1;
            }
            out().println("record_id\tstart\tcaller\tcallee\tdestination\tband\tduration\tbilled\trate\tcharge");
            long left = limit == null ? Long.MAX_VALUE : limit;
            Optional<UsagePages.Key> after = Optional.empty();
            do {
                UsageBrowser.Page page = browser.page(account, period, after, (int) Math.min(PAGE, left));
                for (UsageBrowser.Line l : page.lines()) {
                    out().println(String.join("\t", l.recordId(), ExceptionCommands.AT.format(l.start()), l.caller(), l.callee(),
                            l.destination(), l.band(), ExplanationText.quantity(l.kind(), l.quantity()), plain(l.billed()), l.rate(),
                            l.charge().toPlainString()));
                }
                left -= page.lines().size();
                after = page.next();
            } while (after.isPresent() && left > 0);
            return 0;
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "How a record rates, step by step: numbers, customer, band, rate rows tried, steps, fees and rounding.")
    static final class Explain extends LedgerCommand {
        @Parameters(paramLabel = "RECORD_ID")
        String recordId;

        @Override
        int run(Ledger ledger) {
            Optional<UsageExplain.Explained> found = new UsageExplain(ledger).byRecordId(recordId);
            if (found.isEmpty()) {
                err().println("meterbook: no record " + recordId + " in the ledger");
                return 1;
            }
            UsageExplain.Explained e = found.get();
            out().print(ExplanationText.text(e.explanation()));
            out().println();
            out().println("Stored");
            out().println("  " + e.storedOutcome() + (e.matchesStored() ? "" : " (rated with earlier master data: re-rate the cycle to apply today's)"));
            return 0;
        }
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
