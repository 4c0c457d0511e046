package com.meterbook.documents;

import com.meterbook.billing.Invoice;
import com.meterbook.documents.pdf.Face;
import com.meterbook.documents.pdf.Letterhead;
import com.meterbook.documents.pdf.PdfPages;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An invoice: letterhead, number, issue and due dates, bill-to, brought forward, usage by destination
 * class, recurring lines, subtotal, tax and total as the invoices table holds them, and where the
 * itemised statement is (account and period).
 */
public final class InvoicePdf {

    private InvoicePdf() {
    }

    /** Writes the invoice to {@code out}; returns its page count. */
    public static int write(InvoiceContent c, OutputStream out) throws IOException {
        Invoice i = c.invoice();
        try (PdfPages pages = new PdfPages()) {
            pages.newPage();
            Letterhead.draw(pages, c.entity(), "INVOICE", List.of(
                    new Letterhead.Fact("Invoice no.", i.number()),
                    new Letterhead.Fact("Issue date", c.issued().toString()),
                    new Letterhead.Fact("Due date", c.due().toString()),
                    new Letterhead.Fact("Account", i.account()),
                    new Letterhead.Fact("Period", i.period().toString())));
            pages.text("Bill to", Face.REGULAR, 8, PdfPages.LEFT, PdfPages.MUTED);
            pages.down(14);
            pages.text(c.customerName(), Face.BOLD, 11.5f, PdfPages.LEFT);
            pages.down(12);
            pages.text("Account " + i.account(), Face.REGULAR, 8.5f, PdfPages.LEFT);
            pages.down(26);
            pages.text("Description", Face.BOLD, 8, PdfPages.LEFT + 6, PdfPages.MUTED);
            pages.right("Amount", Face.BOLD, 8, PdfPages.RIGHT - 6);
            pages.rule(PdfPages.LEFT, PdfPages.RIGHT, pages.y() - 4, PdfPages.RULE, 0.75f);
            pages.down(16);
            List<SummaryTable.Row> rows = new ArrayList<>();
            rows.add(new SummaryTable.Row("Balance brought forward", c.money(i.broughtForward()), false));
            for (Amount a : c.usageByClass()) {
                rows.add(new SummaryTable.Row("Usage: " + a.label(), c.money(a.amount()), false));
            }
            if (c.usageByClass().isEmpty()) {
                rows.add(new SummaryTable.Row("Usage", c.money(i.usage()), false));
            }
            for (Amount a : c.recurring()) {
                rows.add(new SummaryTable.Row(a.label(), c.money(a.amount()), false));
            }
            if (i.credit().signum() != 0) {
                rows.add(new SummaryTable.Row("Credit notes deducted (before tax)", c.money(i.credit().negate()), false));
            }
            rows.add(new SummaryTable.Row("Subtotal", c.money(i.subtotal()), true));
            rows.add(new SummaryTable.Row(SummaryTable.taxLabel(c.settings().taxRate()), c.money(i.tax()), false));
            rows.add(new SummaryTable.Row("Total due by " + c.due(), c.money(i.total()), true));
            SummaryTable.draw(pages, rows);
            pages.down(12);
            pages.need(40);
            pages.text("Usage is itemised in the statement for account " + i.account() + ", period " + i.period() + ".",
                    Face.REGULAR, 8.5f, PdfPages.LEFT);
            pages.down(12);
            pages.text("Payment is due " + c.entity().paymentDays() + " days after the issue date. Please quote " + i.number()
                    + " with your payment.", Face.REGULAR, 8.5f, PdfPages.LEFT, PdfPages.MUTED);
            int count = pages.finish(c.entity().name() + " · Invoice " + i.number(), Optional.empty());
            pages.save(out);
            return count;
        }
    }
}
