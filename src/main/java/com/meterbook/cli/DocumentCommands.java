package com.meterbook.cli;

import com.meterbook.documents.SystemPrinter;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.DocumentBatch;
import com.meterbook.operations.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

/** Statements and invoices as PDF: one at a time, a whole closed cycle into a folder, or to the printer. */
final class DocumentCommands {

    private DocumentCommands() {
    }

    @Command(name = "statement", mixinStandardHelpOptions = true,
            description = "A customer's itemised statement of a cycle as PDF (an open cycle's is marked PROVISIONAL).")
    static final class Statement extends LedgerCommand {
        @Option(names = "--account", required = true, paramLabel = "A")
        String account;
        @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
        YearMonth period;
        @Option(names = "--out", required = true, paramLabel = "F.pdf")
        Path out;

        @Override
        int run(Ledger ledger) {
            int pages = new Documents(ledger, root().clock).statement(account, period, out);
            out().println("wrote statement " + account + " " + period + " (" + pages + (pages == 1 ? " page" : " pages") + ") to " + out);
            return 0;
        }
    }

    @Command(name = "invoice", mixinStandardHelpOptions = true, description = "An invoice as PDF.")
    static final class Invoice extends LedgerCommand {
        @Option(names = "--number", required = true, paramLabel = "N")
        String number;
        @Option(names = "--out", required = true, paramLabel = "F.pdf")
        Path out;

        @Override
        int run(Ledger ledger) {
            int pages = new Documents(ledger, root().clock).invoice(number, out);
            out().println("wrote invoice " + number + " (" + pages + (pages == 1 ? " page" : " pages") + ") to " + out);
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Every statement and invoice of a closed cycle into DIR, with index.csv.")
    static final class Export extends LedgerCommand {
        @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
        YearMonth period;
        @Option(names = "--out", required = true, paramLabel = "DIR")
        Path out;
        @Option(names = "--bom", description = "start index.csv with a UTF-8 byte order mark, for Excel")
        boolean bom;

        @Override
        int run(Ledger ledger) {
            DocumentBatch.Result r = new DocumentBatch(new Documents(ledger, root().clock)).export(period, out, bom, DocumentBatch.Progress.NONE);
            out().println("exported " + r.documents() + " documents (" + r.pages() + " pages) of " + period + " to " + out);
            return 0;
        }
    }

    @Command(name = "print", mixinStandardHelpOptions = true,
            description = "Print the statements and invoices of a closed cycle (or of one customer) on the default printer.")
    static final class Print extends LedgerCommand {
        @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
        YearMonth period;
        @Option(names = "--account", paramLabel = "A")
        String account;

        @Override
        int run(Ledger ledger) throws Exception {
            DocumentBatch.Result r = new DocumentBatch(new Documents(ledger, root().clock))
                    .print(period, Optional.ofNullable(account), root().printer.get(), DocumentBatch.Progress.NONE);
            out().println("printed " + r.documents() + " documents (" + r.pages() + " pages) of " + period);
            return 0;
        }
    }

    @Command(name = "documents", mixinStandardHelpOptions = true, description = "Statements and invoices of a cycle.",
            subcommands = {Export.class, Print.class})
    static final class Group {
    }

    static SystemPrinter defaultPrinter() {
        return new SystemPrinter(false);
    }
}
