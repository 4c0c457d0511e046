package com.meterbook.cli;

import com.meterbook.billing.Balance;
import com.meterbook.billing.CreditApplication;
import com.meterbook.billing.Invoice;
import com.meterbook.operations.CycleClose.PreviewLine;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Prints a cycle close preview: one line per customer, then the totals; amounts in the ledger's decimals. */
final class ClosePreview {

    private ClosePreview() {
    }

    static void print(List<PreviewLine> lines, YearMonth period, PrintWriter out) {
        out.println("dry run: closing " + period + " would give (nothing was changed)");
        out.printf("%-12s %12s %12s %12s %10s %12s  %-26s %12s%n", "account", "brought fwd", "usage", "recurring", "tax", "total",
                "outcome", "usage change");
        BigDecimal invoicedTotal = BigDecimal.ZERO;
        BigDecimal carriedTotal = BigDecimal.ZERO;
        long invoices = 0;
        for (PreviewLine line : lines) {
            Balance b = line.balance();
            BigDecimal tax = b.invoice().map(Invoice::tax).orElse(BigDecimal.ZERO.setScale(2));
            BigDecimal total = b.invoice().map(Invoice::total).orElse(b.subtotal());
            String outcome = b.invoice().map(i -> "invoice " + i.number()).orElse("carry forward " + b.carriedForward().toPlainString());
            out.printf("%-12s %12s %12s %12s %10s %12s  %-26s %12s%n", b.account(), b.broughtForward().toPlainString(),
                    b.usage().toPlainString(), b.recurring().toPlainString(), tax.toPlainString(), total.toPlainString(), outcome,
                    (line.usageChange().signum() > 0 ? "+" : "") + line.usageChange().toPlainString());
            for (CreditApplication c : b.credits()) {
                out.printf("%-12s credit note %s deducted: -%s (before tax)%n", "", c.creditNote(), c.amount().setScale(b.usage().scale(),
                        java.math.RoundingMode.UNNECESSARY).toPlainString());
            }
            if (b.invoiced()) {
                invoices++;
                invoicedTotal = invoicedTotal.add(total);
            } else {
                carriedTotal = carriedTotal.add(b.carriedForward());
            }
        }
        out.println("would close " + period + ": " + invoices + " invoices totalling " + invoicedTotal.toPlainString() + ", "
                + (lines.size() - invoices) + " carried forward totalling " + carriedTotal.toPlainString());
    }
}
