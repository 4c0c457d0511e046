package com.meterbook.operations;

import com.meterbook.billing.Balance;
import com.meterbook.billing.Invoice;
import com.meterbook.documents.DocumentPrinter;
import com.meterbook.documents.SpreadsheetSafe;
import com.meterbook.domain.Customer;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.MasterDataStore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.awt.print.PrinterException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every statement and invoice of a closed cycle: exported into a folder with {@code index.csv}
 * (account, name, document, number, file, total, pages), or printed one job per document. Reports
 * progress after each document and stops between documents when cancelled.
 */
public final class DocumentBatch {

    /** Told after each document; {@link #cancelled()} is asked before each. */
    public interface Progress {
        void done(int documents, int total, String last);

        default boolean cancelled() {
            return false;
        }

        Progress NONE = (d, t, l) -> { };
    }

    public record Result(int documents, int pages, boolean cancelled) {
    }

    static final int WORKERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private final Documents documents;

    public DocumentBatch(Documents documents) {
        this.documents = documents.forBatch();
    }

    /** One customer's files of an export and their index rows. */
    private record Written(List<List<Object>> rows, int documents, int pages, String last) {
    }

    /**
     * Writes the documents on two threads (the machines have two cores; each thread keeps its own parsed
     * fonts), in account order, the index rows in that order; a cancel stops between customers.
     */
    public Result export(YearMonth period, Path folder, boolean bom, Progress progress) {
        List<Balance> balances = closedBalances(period, Optional.empty());
        Map<String, Customer> customers = customers();
        LedgerSettings settings = documents.ledger().inTransaction(RatingContext::settings);
        int total = balances.size() + (int) balances.stream().filter(Balance::invoiced).count();
        int done = 0;
        int pages = 0;
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, Thread.ofPlatform().name("documents-", 1).daemon().factory());
        try {
            Files.createDirectories(folder);
            List<Future<Written>> pending = new ArrayList<>();
            for (Balance b : balances) {
                String name = Optional.ofNullable(customers.get(b.account())).map(Customer::name).orElse("");
                pending.add(workers.submit(() -> stop.get() ? null : write(b, name, period, folder, settings)));
            }
            try (Writer w = Files.newBufferedWriter(folder.resolve("index.csv"), StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                if (bom) {
                    w.write('\ufeff');
                }
                csv.printRecord("account", "name", "document", "number", "file", "total", "pages");
                for (Future<Written> f : pending) {
                    if (progress.cancelled()) {
                        stop.set(true);
                        return new Result(done, pages, true);
                    }
                    Written written = f.get();
                    for (List<Object> row : written.rows()) {
                        csv.printRecord(row);
                    }
                    done += written.documents();
                    pages += written.pages();
                    progress.done(done, total, written.last());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export to " + folder + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("export interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            stop.set(true);
            workers.shutdown();
        }
        return new Result(done, pages, false);
    }

    private Written write(Balance b, String name, YearMonth period, Path folder, LedgerSettings settings) {
        List<List<Object>> rows = new ArrayList<>();
        String file = "statement-" + safe(b.account()) + "-" + period + ".pdf";
        int n = Documents.toFile(folder.resolve(file), out -> documents.statement(b, true, out));
        rows.add(row(b.account(), name, "statement", "", file, settings.atScale(b.invoice().map(Invoice::total).orElse(b.subtotal())), n));
        if (b.invoice().isEmpty()) {
            return new Written(rows, 1, n, file);
        }
        Invoice i = b.invoice().get();
        String invoiceFile = "invoice-" + safe(i.number()) + ".pdf";
        int m = Documents.toFile(folder.resolve(invoiceFile), out -> documents.invoice(i, out));
        rows.add(row(b.account(), name, "invoice", i.number(), invoiceFile, settings.atScale(i.total()), m));
        return new Written(rows, 2, n + m, invoiceFile);
    }

    /** Prints the statements (and invoices) of a closed cycle, or of one customer of it, one job per document. */
    public Result print(YearMonth period, Optional<String> account, DocumentPrinter printer, Progress progress) throws PrinterException {
        List<Balance> balances = closedBalances(period, account);
        int total = balances.size() + (int) balances.stream().filter(Balance::invoiced).count();
        int done = 0;
        int pages = 0;
        for (Balance b : balances) {
            if (progress.cancelled()) {
                return new Result(done, pages, true);
            }
            ByteArrayOutputStream statement = new ByteArrayOutputStream();
            pages += documents.statement(b, true, statement);
            if (!Documents.print(statement.toByteArray(), "Statement " + b.account() + " " + period, printer)) {
                return new Result(done, pages, true);
            }
            progress.done(++done, total, "statement " + b.account());
            if (b.invoice().isPresent()) {
                ByteArrayOutputStream invoice = new ByteArrayOutputStream();
                pages += documents.invoice(b.invoice().get(), invoice);
                if (!Documents.print(invoice.toByteArray(), "Invoice " + b.invoice().get().number(), printer)) {
                    return new Result(done, pages, true);
                }
                progress.done(++done, total, "invoice " + b.invoice().get().number());
            }
        }
        return new Result(done, pages, false);
    }

    private List<Balance> closedBalances(YearMonth period, Optional<String> account) {
        if (!documents.isClosed(period)) {
            throw new IllegalArgumentException("cycle " + period + " is not closed");
        }
        List<Balance> balances = documents.balances(period);
        if (account.isPresent()) {
            documents.ledger().inTransaction(s -> new DocumentSources(s).customer(account.get()));
            balances = balances.stream().filter(b -> b.account().equals(account.get())).toList();
            if (balances.isEmpty()) {
                throw new IllegalArgumentException("account " + account.get() + " has no balance in cycle " + period);
            }
        }
        return balances;
    }

    private Map<String, Customer> customers() {
        return documents.ledger().inTransaction(s -> new MasterDataStore(s).customers()).stream()
                .collect(Collectors.toMap(Customer::account, Function.identity()));
    }

    private static List<Object> row(String account, String name, String type, String number, String file,
                                    java.math.BigDecimal total, int pages) {
        return List.of(SpreadsheetSafe.cell(account), SpreadsheetSafe.cell(name), type, SpreadsheetSafe.cell(number),
                SpreadsheetSafe.cell(file), total.toPlainString(), pages);
    }

    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
