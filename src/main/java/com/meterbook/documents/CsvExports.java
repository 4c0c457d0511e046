package com.meterbook.documents;

import com.meterbook.billing.Balance;
import com.meterbook.billing.Invoice;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.Periods;
import com.meterbook.ledger.ReportQueries;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.List;

/**
 * The contract's CSV exports. Each is written to a temporary file beside the target and moved into
 * place when complete, so a failed export never leaves half a file under the requested name.
 */
public final class CsvExports {

    private final Ledger ledger;
    private final boolean bom;

    public CsvExports(Ledger ledger) {
        this(ledger, false);
    }

    /** With {@code bom}, each file starts with a UTF-8 byte order mark, which Excel needs to read it as UTF-8. */
    public CsvExports(Ledger ledger, boolean bom) {
        this.ledger = ledger;
        this.bom = bom;
    }

    @FunctionalInterface
    public interface Body {
        void write(Rows out) throws Exception;
    }

    /** Where a body writes its records: every text cell goes through {@link SpreadsheetSafe}. */
    public static final class Rows {
        private final CSVPrinter csv;

        Rows(CSVPrinter csv) {
            this.csv = csv;
        }

        public void printRecord(Object... cells) throws IOException {
            csv.printRecord(SpreadsheetSafe.cells(cells));
        }
    }

    public long charges(YearMonth period, LedgerSettings settings, Path out) {
        long[] rows = {0};
        write(out, bom, List.of("record_id", "account", "period", "callee", "band", "quantity", "billed_quantity", "charge"), csv ->
                ledger.run(session -> session.doWork(c -> new ReportQueries(c).charges(period == null ? null : Periods.toInt(period), rs -> {
                    try {
                        csv.printRecord(rs.getString(1), rs.getString(2), Periods.of(rs.getInt(3)).toString(), rs.getString(4),
                                rs.getString(5) == null ? "" : rs.getString(5), plain(rs.getBigDecimal(6)), plain(rs.getBigDecimal(7)),
                                settings.atScale(rs.getBigDecimal(8)).toPlainString());
                        rows[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }))));
        return rows[0];
    }

    public long exceptions(Path out) {
        long[] rows = {0};
        write(out, bom, List.of("record_id", "source", "line", "reason", "detail"), csv ->
                ledger.run(session -> session.doWork(c -> new ReportQueries(c).openExceptions(rs -> {
                    try {
                        long line = rs.getLong(3);
                        csv.printRecord(nz(rs.getString(1)), rs.getString(2), rs.wasNull() ? "" : Long.toString(line),
                                rs.getString(4), rs.getString(5));
                        rows[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }))));
        return rows[0];
    }

    public void balances(List<Balance> balances, Path out) {
        write(out, bom, List.of("account", "period", "brought_forward", "usage", "recurring", "subtotal", "invoiced", "carried_forward"), csv -> {
            for (Balance b : balances) {
                csv.printRecord(b.account(), b.period().toString(), plainMoney(b.broughtForward()), plainMoney(b.usage()),
                        plainMoney(b.recurring()), plainMoney(b.subtotal()), Boolean.toString(b.invoiced()), plainMoney(b.carriedForward()));
            }
        });
    }

    public void invoices(List<Invoice> invoices, Path out) {
        write(out, bom, List.of("invoice_no", "account", "period", "brought_forward", "usage", "recurring", "tax", "total"), csv -> {
            for (Invoice i : invoices) {
                csv.printRecord(i.number(), i.account(), i.period().toString(), plainMoney(i.broughtForward()), plainMoney(i.usage()),
                        plainMoney(i.recurring()), plainMoney(i.tax()), plainMoney(i.total()));
            }
        });
    }

    public static String plain(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static String plainMoney(BigDecimal v) {
        return v.toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static void write(Path out, List<String> header, Body body) {
        write(out, false, header, body);
    }

    public static void write(Path out, boolean bom, List<String> header, Body body) {
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter csv = printer(w, bom, header)) {
                body.write(new Rows(csv));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        } catch (Exception e) {
            deleteQuietly(tmp);
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static CSVPrinter printer(Writer w, boolean bom, List<String> header) throws IOException {
        if (bom) {
            w.write('\uFEFF');
        }
        return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator("\n").get().print(w);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the export already failed; its message matters more
        }
    }
}
