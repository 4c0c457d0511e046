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
import com.meterbook.rating.RatingEngine;
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
    private final boolean reuseEngine;
    private RatingEngine engine;
    private YearMonth indexed;
    private java.util.Map<String, long[]> rowIds;
    private java.util.Map<String, List<com.meterbook.ledger.StatementRows.LeadSum>> leads;

    public Documents(Ledger ledger, Clock clock) {
        this(ledger, clock, false);
    }

    private Documents(Ledger ledger, Clock clock, boolean reuseEngine) {
        this.ledger = ledger;
        this.clock = clock;
        this.reuseEngine = reuseEngine;
    }

    /**
     * The same, describing every statement's lines with one rating engine loaded once (customers, rates,
     * calendar): for the documents of one closed cycle, written one after another, never changed between.
     */
    Documents forBatch() {
        return new Documents(ledger, clock, true);
    }

    /**
     * In a batch, every customer's row ids (statement order) and usage by destination class of the
     * cycle, from one pass each, the first time they are asked for: a pass per customer would make a
     * month end quadratic in the number of customers.
     */
    private synchronized void index(java.sql.Connection c, YearMonth period, int digits) throws java.sql.SQLException {
        if (!period.equals(indexed)) {
            com.meterbook.ledger.StatementRows rows = new com.meterbook.ledger.StatementRows(c);
            rowIds = rows.rowIdsByCustomer(Periods.toInt(period));
            leads = rows.byLeadAll(Periods.toInt(period), digits);
            indexed = period;
        }
    }

    private synchronized RatingEngine engine(org.hibernate.Session session) {
        if (!reuseEngine) {
            return RatingContext.describing(session);
        }
        if (engine == null) {
            engine = RatingContext.describing(session);
        }
        return engine;
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
                    StatementLines lines;
                    if (reuseEngine) {
                        index(c, balance.period(), sources.digits());
                        lines = new StatementLines(c, engine(session), StatementLines.byRowIds(c, rowIdsOf(balance.account())));
                    } else {
                        lines = new StatementLines(c, engine(session), balance.account(), Periods.toInt(balance.period()));
                    }
                    return StatementPdf.write(header, lines, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        });
    }

    private synchronized long[] rowIdsOf(String account) {
        return rowIds.getOrDefault(account, new long[0]);
    }

    private synchronized List<com.meterbook.ledger.StatementRows.LeadSum> leadsOf(String account) {
        return leads.getOrDefault(account, List.of());
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
                DocumentSources sources = new DocumentSources(session);
                if (reuseEngine) {
                    session.doWork(c -> index(c, invoice.period(), sources.digits()));
                    return InvoicePdf.write(sources.invoice(invoice, Optional.of(leadsOf(invoice.account()))), out);
                }
                return InvoicePdf.write(sources.invoice(invoice, Optional.empty()), out);
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
