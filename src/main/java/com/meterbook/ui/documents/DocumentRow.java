package com.meterbook.ui.documents;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.Money;
import com.meterbook.operations.Documents;

import java.util.Optional;

/** One customer of a closed cycle as the documents screen lists it. */
public record DocumentRow(String account, String name, String invoice, Money total, Money carried) {

    static DocumentRow of(Documents.Row row, LedgerSettings settings) {
        return new DocumentRow(row.account(), row.name(), row.invoice().orElse(""), settings.money(settings.atScale(row.total())),
                settings.money(settings.atScale(row.carried())));
    }

    Optional<String> invoiceNumber() {
        return invoice.isEmpty() ? Optional.empty() : Optional.of(invoice);
    }
}
