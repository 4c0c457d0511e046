package com.meterbook.cli;

import com.meterbook.documents.CreditNoteExport;
import com.meterbook.documents.CreditNotePdf;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.CreditNoteStore;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.ActionRefusedException;
import com.meterbook.documents.CreditNoteSheet;
import com.meterbook.operations.CreditNotes;
import com.meterbook.operations.RatingContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code credit-notes list|export} and {@code credit-note --number N --out F.pdf}. */
final class CreditNoteCommands {

    private CreditNoteCommands() {
    }

    @Command(name = "credit-notes", mixinStandardHelpOptions = true, description = "Credit notes issued on disputes.",
            subcommands = {ListNotes.class, Export.class})
    static final class Group {
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Credit notes, oldest first, tab separated: number, account, issued, dispute, disputed, amount, deducted, left.")
    static final class ListNotes extends LedgerCommand {
        @Override
        int run(Ledger ledger) {
            LedgerSettings settings = ledger.inTransaction(RatingContext::settings);
            out().println("credit_note\taccount\tissued\tdispute\tdisputed\tamount\tdeducted\tleft");
            for (CreditNoteStore.Row r : new CreditNotes(ledger).all()) {
                out().println(String.join("\t", r.note().number(), r.note().account(),
                        ExceptionCommands.AT.format(r.issuedAt().atZone(settings.zone())), Long.toString(r.disputeId()), r.target().toString(),
                        settings.atScale(r.note().amount()).toPlainString(), settings.atScale(r.applied()).toPlainString(),
                        settings.atScale(r.remaining()).toPlainString()));
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "All credit notes as CSV: " + "credit_note,entity,account,"
            + "issued,dispute,disputed_kind,disputed,amount,applied,remaining,deductions.")
    static final class Export extends LedgerCommand {
        @Mixin
        CsvFileOptions file;

        @Override
        int run(Ledger ledger) {
            LedgerSettings settings = ledger.inTransaction(RatingContext::settings);
            var rows = new CreditNotes(ledger).all();
            CreditNoteExport.write(rows, settings, file.bom, file.out);
            out().println("exported " + rows.size() + " credit notes to " + file.out);
            return 0;
        }
    }

    @Command(name = "credit-note", mixinStandardHelpOptions = true, description = "Print one credit note to a one-page PDF.")
    static final class Print extends LedgerCommand {
        @Option(names = "--number", required = true, paramLabel = "N", description = "e.g. MAIN-CN-000001")
        String number;
        @Option(names = "--out", required = true, paramLabel = "F.pdf")
        Path out;

        @Override
        int run(Ledger ledger) {
            CreditNoteSheet sheet;
            try {
                sheet = new CreditNotes(ledger).sheet(number);
            } catch (ActionRefusedException e) {
                err().println("meterbook: " + e.getMessage());
                return 1;
            }
            CreditNotePdf.write(sheet, out);
            out().println("wrote credit note " + number + " to " + out);
            return 0;
        }
    }
}
