package com.meterbook.testing;

import com.meterbook.billing.Balance;
import com.meterbook.documents.CsvExports;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.ledger.CycleStore;
import com.meterbook.ledger.DedupIndex;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.MasterDataStore;
import com.meterbook.operations.CycleClose;
import com.meterbook.operations.ImportProgress;
import com.meterbook.operations.ImportSummary;
import com.meterbook.operations.MasterDataImport;
import com.meterbook.operations.UsageImport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real H2 file ledger in a folder, driven through the operations API (not the command line), with
 * the exports read back as text. Files written for it go into the same folder.
 */
public final class TestLedger implements AutoCloseable {

    public static final ZoneId KL = ZoneId.of("Asia/Kuala_Lumpur");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC);
    private static final String ACTOR = "test";

    private final Path folder;
    private final Ledger ledger;
    private final LedgerSettings settings;
    private final AtomicInteger files = new AtomicInteger();

    private TestLedger(Path folder, Ledger ledger, LedgerSettings settings) {
        this.folder = folder;
        this.ledger = ledger;
        this.settings = settings;
    }

    /** Opens a new ledger under {@code folder/ledger} and stores the settings. */
    public static TestLedger create(Path folder, LedgerSettings settings) {
        Ledger ledger = Ledger.open(folder.resolve("ledger"));
        ledger.run(session -> new MasterDataStore(session).saveSettings(settings));
        return new TestLedger(folder, ledger, settings);
    }

    public Ledger ledger() {
        return ledger;
    }

    public Path folder() {
        return folder;
    }

    public LedgerSettings settings() {
        return settings;
    }

    public Path write(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String name, byte[] content) {
        try {
            Path file = folder.resolve(name);
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path temp(String what, String content) {
        return write(what + "-" + files.incrementAndGet() + ".csv", content);
    }

    public void customers(String csv) throws FileRejectedException {
        new MasterDataImport(ledger, CLOCK, ACTOR).customers(temp("customers", csv));
    }

    public void rates(String csv) throws FileRejectedException {
        new MasterDataImport(ledger, CLOCK, ACTOR).rates(temp("rates", csv));
    }

    public void bands(String csv) throws FileRejectedException {
        new MasterDataImport(ledger, CLOCK, ACTOR).bands(temp("bands", csv));
    }

    public void recurring(String csv) throws FileRejectedException {
        new MasterDataImport(ledger, CLOCK, ACTOR).recurring(temp("recurring", csv));
    }

    /** An importer with its own (empty) dedup index, as a fresh run of the application would have. */
    public UsageImport importer(int chunkSize) {
        return new UsageImport(ledger, CLOCK, ACTOR, new DedupIndex(), chunkSize);
    }

    public ImportSummary importFile(Path file, UsageFormat format, int chunkSize) throws FileRejectedException {
        return importer(chunkSize).importFile(file, format, ImportProgress.NONE);
    }

    /** The charges export of one period, or of all when {@code period} is null. */
    public String charges(YearMonth period) {
        Path out = folder.resolve("charges-export.csv");
        new CsvExports(ledger).charges(period, settings, out);
        return read(out);
    }

    public String exceptions() {
        Path out = folder.resolve("exceptions-export.csv");
        new CsvExports(ledger).exceptions(out);
        return read(out);
    }

    public List<Balance> close(YearMonth period) {
        return new CycleClose(ledger, CLOCK, ACTOR).close(period);
    }

    public String balances(YearMonth period) {
        Path out = folder.resolve("balances-export.csv");
        new CsvExports(ledger).balances(new CycleClose(ledger, CLOCK, ACTOR).balances(period), out);
        return read(out);
    }

    public String invoices(YearMonth period) {
        Path out = folder.resolve("invoices-export.csv");
        var invoices = ledger.inTransaction(session -> new CycleStore(session).invoices(period, settings.decimals()));
        new CsvExports(ledger).invoices(invoices, out);
        return read(out);
    }

    /** Rows of a read-only SQL query, for what no export shows (such as an exception's field). */
    public List<List<Object>> query(String sql) {
        return ledger.inTransaction(session -> session.doReturningWork(c -> {
            List<List<Object>> rows = new java.util.ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new java.util.ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        ledger.close();
    }
}
