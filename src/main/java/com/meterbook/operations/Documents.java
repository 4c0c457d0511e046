package com.meterbook.operations;

import com.meterbook.billing.Balance;
import com.meterbook.billing.Invoice;
import com.meterbook.documents.DocumentPrinter;
import com.meterbook.documents.InvoicePdf;
import com.meterbook.documents.StatementHeader;
import com.meterbook.documents.StatementPdf;
import com.meterbook.domain.Customer;
import com.meterbook.ledger.CycleStore;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.MasterDataStore;
import com.meterbook.ledger.Periods;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Statements and invoices as PDF: one customer's statement of a cycle (closed, or provisional while
 * open), one invoice, and what the documents screen lists. Export and printing of a whole cycle are in
 * {@link DocumentBatch}. Every file is written beside its target and moved into place when complete.
 */
public final class Documents {

    /** One customer of a cycle as the documents screen lists it. */
    public record Row(String account, String name, Optional<String> invoice, BigDecimal total, BigDecimal carried) {
    }

    private final Ledger ledger;
    private final Clock clock;

    public Documents(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    Ledger ledger() {
        return ledger;
    }

    /** Closed cycles, newest first. */
    public List<YearMonth> closedPeriods() {
        return ledger.inTransaction(s -> new CycleStore(s).closedPeriods().stream().sorted(java.util.Comparator.reverseOrder()).toList());
    }

    public boolean isClosed(YearMonth period) {
        return ledger.inTransaction(s -> new CycleStore(s).closedPeriods().contains(period));
    }

    /** The balances of a cycle (a closed one as stored, an open one as a close would give it now). */
    public List<Balance> balances(YearMonth period) {
        return new CycleClose(ledger, clock, "documents").balances(period);
    }

    public List<Row> rows(YearMonth period) {
        List<Balance> balances = balances(period);
        Map<String, Customer> customers = ledger.inTransaction(s -> new MasterDataStore(s).customers()).stream()
                .collect(Collectors.toMap(Customer::account, Function.identity()));
        return balances.stream().map(b -> new Row(b.account(), Optional.ofNullable(customers.get(b.account())).map(Customer::name).orElse(""),
                b.invoice().map(Invoice::number), b.invoice().map(Invoice::total).orElse(b.subtotal()), b.carriedForward())).toList();
    }

    /** Writes a customer's statement of {@code period}; returns its page count. */
    public int statement(String account, YearMonth period, Path out) {
        return toFile(out, stream -> statement(account, period, stream));
    }

    public int statement(String account, YearMonth period, OutputStream out) {
        boolean closed = isClosed(period);
        if (!closed && !hasRecords(period)) {
            throw new IllegalArgumentException("no cycle " + period + " in the ledger (not closed and no records)");
        }
        ledger.inTransaction(s -> new DocumentSources(s).customer(account));
        Balance balance = balances(period).stream().filter(b -> b.account().equals(account)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("account " + account + " has no balance in cycle " + period));
        return statement(balance, closed, out);
    }

    int statement(Balance balance, boolean closed, OutputStream out) {
        return ledger.inTransaction(session -> {
            DocumentSources sources = new DocumentSources(session);
            StatementHeader header = sources.statement(balance, closed, clock);
            return session.doReturningWork(c -> {
                try {
                    return StatementPdf.write(header, new StatementLines(c, RatingContext.describing(session), balance.account(),
                            Periods.toInt(balance.period())), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        });
    }

    public Invoice findInvoice(String number) {
        return ledger.inTransaction(s -> new CycleStore(s).invoice(number, RatingContext.settings(s).decimals()))
                .orElseThrow(() -> new IllegalArgumentException("unknown invoice " + number));
    }

    /** Writes an invoice; returns its page count. */
    public int invoice(String number, Path out) {
        Invoice invoice = findInvoice(number);
        return toFile(out, stream -> invoice(invoice, stream));
    }

    int invoice(Invoice invoice, OutputStream out) {
        return ledger.inTransaction(session -> {
            try {
                return InvoicePdf.write(new DocumentSources(session).invoice(invoice), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A statement or invoice as bytes, for previews and printing. */
    public byte[] bytes(String account, YearMonth period, Optional<String> invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (invoice.isPresent()) {
            invoice(findInvoice(invoice.get()), out);
        } else {
            statement(account, period, out);
        }
        return out.toByteArray();
    }

    /** Prints one PDF as one job; false when the user cancelled the printer's dialog. */
    public static boolean print(byte[] pdf, String jobName, DocumentPrinter printer) throws java.awt.print.PrinterException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return printer.print(new PDFPageable(document), jobName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean hasRecords(YearMonth period) {
        return ledger.inTransaction(s -> new CycleStore(s).periodsWithRecords().contains(period));
    }

    @FunctionalInterface
    interface Writer {
        int write(OutputStream out) throws IOException;
    }

    static int toFile(Path out, Writer writer) {
        Path target = out.toAbsolutePath();
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try {
                int pages;
                try (OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(temp))) {
                    pages = writer.write(stream);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return pages;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
