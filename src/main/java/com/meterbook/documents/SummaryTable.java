package com.meterbook.documents;

import com.meterbook.billing.Invoice;
import com.meterbook.documents.pdf.Face;
import com.meterbook.documents.pdf.PdfPages;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The figures block of statements and invoices: label on the left, amount on the right, totals in bold. */
final class SummaryTable {

    record Row(String label, String amount, boolean bold) {
    }

    private static final Color SHADE = new Color(0xf3, 0xf5, 0xf7);

    private SummaryTable() {
    }

    static void draw(PdfPages pages, List<Row> rows) {
        for (Row row : rows) {
            pages.need(14);
            if (row.bold()) {
                pages.rule(PdfPages.LEFT, PdfPages.RIGHT, pages.y() + 10.5f, PdfPages.RULE, 0.5f);
            }
            Face face = row.bold() ? Face.BOLD : Face.REGULAR;
            pages.text(pages.fonts().fit(row.label(), face, 9, 380), face, 9, PdfPages.LEFT + 6);
            pages.right(row.amount(), face, 9, PdfPages.RIGHT - 6);
            pages.down(14);
        }
    }

    /** A statement's balance: brought forward, usage, recurring lines, subtotal, then the invoice or the carry notice. */
    static void balance(PdfPages pages, StatementHeader h) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Balance brought forward", h.money(h.broughtForward()), false));
        rows.add(new Row("Usage (itemised below)", h.money(h.usage()), false));
        for (Amount r : h.recurring()) {
            rows.add(new Row(r.label(), h.money(r.amount()), false));
        }
        if (h.credit().signum() != 0) {
            rows.add(new Row("Credit notes deducted (before tax)", h.money(h.credit().negate()), false));
        }
        rows.add(new Row("Subtotal", h.money(h.subtotal()), true));
        if (h.invoice().isPresent()) {
            Invoice i = h.invoice().get();
            rows.add(new Row(taxLabel(h.settings().taxRate()), h.money(i.tax()), false));
            rows.add(new Row(h.provisional() ? "Total to be invoiced at close" : "Total invoiced (" + i.number() + ")", h.money(i.total()), true));
        }
        draw(pages, rows);
        h.carryNotice().ifPresent(notice -> {
            pages.need(24);
            pages.fill(PdfPages.LEFT, pages.y() - 6, PdfPages.RIGHT - PdfPages.LEFT, 18, SHADE);
            pages.text(notice, Face.BOLD, 9, PdfPages.LEFT + 6);
            pages.down(24);
        });
    }

    static String taxLabel(BigDecimal rate) {
        BigDecimal percent = rate.movePointRight(2).stripTrailingZeros();
        return "Tax (" + (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + " %)";
    }
}
