package com.meterbook.cli;

import com.meterbook.ledger.ExceptionItem;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.ActionRefusedException;
import com.meterbook.operations.ActionResult;
import com.meterbook.operations.ExceptionActions;
import com.meterbook.operations.ExceptionFilter;
import com.meterbook.operations.ExceptionQueue;
import com.meterbook.operations.HistoryEntry;
import com.meterbook.operations.RatingContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** {@code exceptions list|assign|retry|bill-next|write-off|history}: the exception queue's actions, as the screen has them. */
final class ExceptionCommands {

    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ExceptionCommands() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Open exceptions, tab separated: id, record_id, source, line, reason, queued, detail, raw line.")
    static final class ListCommand extends LedgerCommand {
        @Option(names = "--reason", paramLabel = "R", description = "one reason, e.g. UNKNOWN_ACCOUNT")
        String reason;
        @Option(names = "--file", paramLabel = "F", description = "the source file's name as imported")
        String file;
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "queued on or after this date")
        LocalDate from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "queued on or before this date")
        LocalDate to;

        @Override
        int run(Ledger ledger) {
            ExceptionFilter filter;
            try {
                filter = new ExceptionFilter(Optional.ofNullable(reason), Optional.ofNullable(file), Optional.ofNullable(from),
                        Optional.ofNullable(to));
            } catch (IllegalArgumentException e) {
                err().println("meterbook: " + e.getMessage());
                return 2;
            }
            ZoneId zone = ledger.inTransaction(RatingContext::settings).zone();
            out().println("id\trecord_id\tsource\tline\treason\tqueued\tdetail\traw");
            for (ExceptionItem i : new ExceptionQueue(ledger).open(filter)) {
                out().println(String.join("\t", Long.toString(i.id()), nz(i.recordId()), i.source(), i.line() == null ? "" : i.line().toString(),
                        i.reason(), AT.format(i.createdAt().atZone(zone)), tabless(i.detail()), tabless(i.rawLine().orElse(""))));
            }
            return 0;
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = "Assign records to a customer, who then holds their caller numbers, and rate them.")
    static final class Assign extends Action {
        @Parameters(arity = "1..*", paramLabel = "ID")
        List<Long> ids;
        @Option(names = "--account", required = true, paramLabel = "A")
        String account;

        @Override
        int run(Ledger ledger) {
            return report(actions(ledger).assign(ids, account));
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Rate records again with today's customers and rates; those that now rate leave the queue.")
    static final class Retry extends Action {
        @Parameters(arity = "0..*", paramLabel = "ID")
        List<Long> ids;
        @Option(names = "--all", description = "every open UNKNOWN_ACCOUNT, NO_RATE and OUT_OF_POLICY exception")
        boolean all;

        @Override
        int run(Ledger ledger) {
            boolean some = ids != null && !ids.isEmpty();
            if (some == all) {
                err().println("meterbook: give exception ids or --all, not both (see --help)");
                return 2;
            }
            ExceptionActions actions = actions(ledger);
            return report(all ? actions.retryAll() : actions.retry(ids));
        }
    }

    @Command(name = "bill-next", mixinStandardHelpOptions = true,
            description = "Bill late records (their cycle is closed) in the next open cycle.")
    static final class BillNext extends Action {
        @Parameters(arity = "1..*", paramLabel = "ID")
        List<Long> ids;

        @Override
        int run(Ledger ledger) {
            return report(actions(ledger).billNext(ids));
        }
    }

    @Command(name = "write-off", mixinStandardHelpOptions = true, description = "Write exceptions off, with a comment; they are never charged.")
    static final class WriteOff extends Action {
        @Parameters(arity = "1..*", paramLabel = "ID")
        List<Long> ids;
        @Option(names = "--comment", required = true, paramLabel = "C")
        String comment;

        @Override
        int run(Ledger ledger) {
            if (comment.isBlank()) {
                err().println("meterbook: a write-off needs a comment (see --help)");
                return 2;
            }
            return report(actions(ledger).writeOff(ids, comment));
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "When an exception was queued and every action on it.")
    static final class History extends Action {
        @Parameters(paramLabel = "ID")
        long id;

        @Override
        int run(Ledger ledger) {
            ZoneId zone = ledger.inTransaction(RatingContext::settings).zone();
            List<HistoryEntry> history;
            try {
                history = new ExceptionQueue(ledger).history(id);
            } catch (ActionRefusedException e) {
                err().println("meterbook: " + e.getMessage());
                return 1;
            }
            for (HistoryEntry h : history) {
                out().println(String.join("\t", AT.format(h.at().atZone(zone)), h.actor(), h.action(), h.detail()));
            }
            return 0;
        }
    }

    /** An action: one line per item acted on, one line on stderr per item skipped (exit 1 when any was). */
    abstract static class Action extends LedgerCommand {

        ExceptionActions actions(Ledger ledger) {
            return new ExceptionActions(ledger, root().clock, MeterbookCli.actor());
        }

        int report(ActionResult result) {
            for (ActionResult.Done d : result.done()) {
                out().println("exception " + d.id() + (d.recordId() == null ? "" : " (" + d.recordId() + ")") + ": "
                        + (d.resolved() ? "resolved" : "still open") + ": " + d.detail());
            }
            result.skipped().forEach(s -> err().println("meterbook: " + s.why()));
            out().println(result.line());
            return result.skipped().isEmpty() ? 0 : 1;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String tabless(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
