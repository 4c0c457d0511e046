package com.meterbook.operations;

import com.meterbook.documents.CsvExports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * A customer's rated records of one cycle as CSV, the usage statement a customer downloads:
 * {@code record_id,start,caller,callee,destination,band,quantity,billed_quantity,rate,charge}, one row
 * per record in cycle order, no total row (the file stays a plain table that sums in a spreadsheet).
 * {@code start} is local time in the ledger's zone; {@code quantity} and {@code billed_quantity} are
 * seconds for calls and the service's units otherwise; {@code rate} is price/per of the row in force
 * at the record's start. Rows are streamed a page at a time, so a million records never sit in memory.
 */
public final class UsageStatementCsv {

    public static final List<String> HEADER = List.of("record_id", "start", "caller", "callee", "destination", "band",
            "quantity", "billed_quantity", "rate", "charge");
    static final int PAGE = 10_000;
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** What was written: records and the sum of their charges. */
    public record Written(long records, BigDecimal charges) {
    }

    /** Thrown out of the export when {@code cancelled} says so; the partial file is removed. */
    public static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("export cancelled");
        }
    }

    private UsageStatementCsv() {
    }

    public static Written write(UsageBrowser browser, String account, YearMonth period, Path out, boolean bom) {
        return write(browser, account, period, out, bom, () -> false);
    }

    public static Written write(UsageBrowser browser, String account, YearMonth period, Path out, boolean bom,
                                BooleanSupplier cancelled) {
        long[] n = {0};
        BigDecimal[] sum = {BigDecimal.ZERO};
        CsvExports.write(out, bom, HEADER, csv -> browser.each(account, period, PAGE, l -> {
            if (cancelled.getAsBoolean()) {
                throw new Cancelled();
            }
            try {
                csv.printRecord(l.recordId(), START.format(l.start()), l.caller(), l.callee(), l.destination(), l.band(),
                        CsvExports.plain(l.quantity()), CsvExports.plain(l.billed()), l.rate(), l.charge().toPlainString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            n[0]++;
            sum[0] = sum[0].add(l.charge());
        }));
        return new Written(n[0], sum[0]);
    }
}
