package com.meterbook.documents;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.CreditNoteStore;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code credit_note,entity,account,issued,dispute,disputed_kind,disputed,amount,applied,remaining,deductions}:
 * one row per credit note, oldest first. Amounts are net of tax, at the ledger's decimals; issued is the local
 * time in the ledger's zone; deductions lists {@code PERIOD INVOICE AMOUNT} per close that used some of it
 * ({@code -} for no invoice, when the close carried the balance), separated by {@code ;}.
 */
public final class CreditNoteExport {

    public static final List<String> HEADER = List.of("credit_note", "entity", "account", "issued", "dispute", "disputed_kind",
            "disputed", "amount", "applied", "remaining", "deductions");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CreditNoteExport() {
    }

    public static void write(List<CreditNoteStore.Row> rows, LedgerSettings settings, boolean bom, Path out) {
        CsvExports.write(out, bom, HEADER, csv -> {
            for (CreditNoteStore.Row r : rows) {
                String deductions = r.applications().stream().map(a -> a.period() + " " + a.invoice().orElse("-") + " "
                        + settings.atScale(a.amount()).toPlainString()).collect(Collectors.joining(";"));
                csv.printRecord(r.note().number(), r.note().entity(), r.note().account(), LOCAL.format(r.issuedAt().atZone(settings.zone())),
                        Long.toString(r.disputeId()), r.target().kind().name().toLowerCase(java.util.Locale.ROOT), r.target().id(),
                        settings.atScale(r.note().amount()).toPlainString(), settings.atScale(r.applied()).toPlainString(),
                        settings.atScale(r.remaining()).toPlainString(), deductions);
            }
        });
    }
}
