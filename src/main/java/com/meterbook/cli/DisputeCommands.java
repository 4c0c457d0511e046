package com.meterbook.cli;

import com.meterbook.billing.CreditNote;
import com.meterbook.billing.DisputeStatus;
import com.meterbook.billing.DisputeTarget;
import com.meterbook.ledger.DisputeStore;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.ActionRefusedException;
import com.meterbook.operations.DisputeFilter;
import com.meterbook.operations.Disputes;
import com.meterbook.operations.RatingContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** {@code disputes open|comment|list|show|reject|credit}: disputes on records and invoices, as the Disputes screen has them. */
final class DisputeCommands {

    private DisputeCommands() {
    }

    @Command(name = "disputes", mixinStandardHelpOptions = true, description = "Disputes on usage records and invoices; credit notes.",
            subcommands = {Open.class, Comment.class, ListDisputes.class, DisputeView.class, Reject.class, Credit.class})
    static final class Group {
    }

    static final class Target {
        @Option(names = "--record", required = true, paramLabel = "ID", description = "a usage record's id")
        String record;
        @Option(names = "--invoice", required = true, paramLabel = "N", description = "an invoice number, e.g. MAIN-000001")
        String invoice;

        DisputeTarget target() {
            return record != null ? DisputeTarget.record(record) : DisputeTarget.invoice(invoice);
        }
    }

    @Command(name = "open", mixinStandardHelpOptions = true, description = "Open a dispute on a usage record or an invoice; prints its id.")
    static final class Open extends Step {
        @ArgGroup(multiplicity = "1")
        Target target;
        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        int act(Disputes disputes) {
            long id = disputes.open(target.target(), reason, author());
            out().println("opened dispute " + id + " on " + target.target());
            return 0;
        }
    }

    @Command(name = "comment", mixinStandardHelpOptions = true, description = "Add a comment to a dispute.")
    static final class Comment extends Step {
        @Parameters(paramLabel = "ID")
        long id;
        @Option(names = "--text", required = true, paramLabel = "TEXT")
        String text;

        @Override
        int act(Disputes disputes) {
            disputes.comment(id, text, author());
            out().println("commented on dispute " + id);
            return 0;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject a dispute, with a comment; nothing is credited.")
    static final class Reject extends Step {
        @Parameters(paramLabel = "ID")
        long id;
        @Option(names = "--comment", required = true, paramLabel = "TEXT")
        String comment;

        @Override
        int act(Disputes disputes) {
            disputes.reject(id, comment, author());
            out().println("rejected dispute " + id);
            return 0;
        }
    }

    @Command(name = "credit", mixinStandardHelpOptions = true,
            description = "End a dispute in a credit note (net of tax), deducted at the customer's next cycle close.")
    static final class Credit extends Step {
        @Parameters(paramLabel = "ID")
        long id;
        @Option(names = "--amount", required = true, paramLabel = "X", description = "at most the record's charge or the invoice's subtotal")
        BigDecimal amount;
        @Option(names = "--comment", paramLabel = "TEXT")
        String comment;

        @Override
        int act(Disputes disputes) {
            CreditNote note = disputes.credit(id, amount, comment, author());
            out().println("credit note " + note.number() + " for " + note.amount().toPlainString() + " to " + note.account()
                    + " on dispute " + id + ": deducted at the customer's next cycle close");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Disputes, newest first, tab separated: id, status, target, account, opened, author, credit note, reason.")
    static final class ListDisputes extends LedgerCommand {
        @Option(names = "--status", paramLabel = "S", description = "open, rejected or credited")
        String status;
        @Option(names = "--account", paramLabel = "A")
        String account;
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "opened on or after this date")
        LocalDate from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "opened on or before this date")
        LocalDate to;

        @Override
        int run(Ledger ledger) {
            DisputeFilter filter;
            try {
                filter = new DisputeFilter(Optional.ofNullable(status).map(DisputeStatus::parse), Optional.ofNullable(account),
                        Optional.ofNullable(from), Optional.ofNullable(to), Optional.empty());
            } catch (IllegalArgumentException e) {
                err().println("meterbook: " + e.getMessage());
                return 2;
            }
            ZoneId zone = ledger.inTransaction(RatingContext::settings).zone();
            out().println("id\tstatus\ttarget\taccount\topened\tauthor\tcredit_note\treason");
            for (DisputeStore.Row d : new Disputes(ledger, root().clock).list(filter)) {
                out().println(String.join("\t", Long.toString(d.id()), d.status().label(), d.target().toString(), d.account(),
                        ExceptionCommands.AT.format(d.openedAt().atZone(zone)), d.author(), d.creditNote().orElse(""), oneLine(d.reason())));
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A dispute with its comments and its history.")
    static final class DisputeView extends Step {
        @Parameters(paramLabel = "ID")
        long id;

        @Override
        int act(Disputes disputes) {
            DisputeText.print(disputes.show(id), zone, out());
            return 0;
        }
    }

    /** A step on disputes: refusals are one line on stderr and exit 1. */
    abstract static class Step extends LedgerCommand {
        @Option(names = "--author", paramLabel = "NAME", description = "who does this (default: the user's login name)")
        String author;
        ZoneId zone;

        String author() {
            return author == null || author.isBlank() ? MeterbookCli.actor() : author.strip();
        }

        @Override
        int run(Ledger ledger) {
            zone = ledger.inTransaction(RatingContext::settings).zone();
            try {
                return act(new Disputes(ledger, root().clock));
            } catch (ActionRefusedException e) {
                err().println("meterbook: " + e.getMessage());
                return 1;
            }
        }

        abstract int act(Disputes disputes);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
