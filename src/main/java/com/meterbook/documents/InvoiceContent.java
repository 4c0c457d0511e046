package com.meterbook.documents;

import com.meterbook.billing.EntityProfile;
import com.meterbook.billing.Invoice;
import com.meterbook.domain.LedgerSettings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An invoice as printed: the invoices table's row, its dates, the customer, usage by destination class and recurring lines. */
public record InvoiceContent(EntityProfile entity, Invoice invoice, String customerName, LocalDate issued, LocalDate due,
                             LedgerSettings settings, List<Amount> usageByClass, List<Amount> recurring) {

    public String money(BigDecimal amount) {
        return settings.money(settings.atScale(amount)).format();
    }
}
