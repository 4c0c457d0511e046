package com.meterbook.bench;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.ledger.DedupIndex;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.ImportProgress;
import com.meterbook.operations.ImportSummary;
import com.meterbook.operations.UsageImport;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The benchmark of docs/PERFORMANCE.md: N generated CDRs over a 5,000-prefix plan with bands, 30/6
 * and graduated tiers, imported end to end (parse, dedup, rate, persist) into a fresh ledger, and
 * the same rows inserted with plain batched JDBC into an H2 table without indexes.
 */
public final class Benchmark {

    private final Ledger ledger;
    private final int records;
    private final PrintWriter out;

    private final UsageFormat format;

    private int warmup = 100_000;
    private boolean liveHeap;
    private int chunk = UsageImport.DEFAULT_CHUNK;

    public Benchmark(Ledger ledger, int records, PrintWriter out) {
        this(ledger, records, UsageFormat.GENERIC, out);
    }

    /** Records imported (and inserted raw) before timing, in scratch folders; 0 for none. */
    public Benchmark warmup(int records) {
        this.warmup = records;
        return this;
    }

    /** Records per import transaction (the import's own default unless set). */
    public Benchmark chunk(int records) {
        if (records < 1) {
            throw new IllegalArgumentException("--chunk must be at least 1, not " + records);
        }
        this.chunk = records;
        return this;
    }

    /** Forces a full collection every 200,000 records to show what stays live (slows the timed import). */
    public Benchmark liveHeap(boolean on) {
        this.liveHeap = on;
        return this;
    }

    /** @param format {@code GENERIC} or {@code ASTERISK} (the same calls written as Master.csv rows) */
    public Benchmark(Ledger ledger, int records, UsageFormat format, PrintWriter out) {
        if (format != UsageFormat.GENERIC && format != UsageFormat.ASTERISK) {
            throw new IllegalArgumentException("bench generates generic or asterisk records, not " + format.cliName());
        }
        this.ledger = ledger;
        this.records = records;
        this.format = format;
        this.out = out;
    }

    public int run() throws Exception {
        Path work = Files.createTempDirectory("meterbook-bench");
        if (warmup > 0) {
            warmUp(work.resolve("warmup"));
        }
        BenchData data = BenchData.write(work, records, format == UsageFormat.ASTERISK);
        Path cdrs = data.cdrs();
        Path imported = format == UsageFormat.ASTERISK ? data.master() : cdrs;
        out.printf("generated %,d %s CDRs (%,d MB) over %,d prefixes in %s%n", records, format.cliName(), Files.size(imported) >> 20,
                BenchData.PREFIXES, work);
        data.loadMasterData(ledger);
        System.gc();
        ImportSummary summary;
        double seconds;
        HeapWatch heap = new HeapWatch(liveHeap);
        GcTime gc = GcTime.start();
        CpuTime cpu = CpuTime.start();
        ThreadCpu threads = ThreadCpu.start();
        try (heap) {
            long t0 = System.nanoTime();
            summary = importer(ledger).importFile(imported, format, heap);
            seconds = (System.nanoTime() - t0) / 1e9;
        }
        out.printf("import: %s in %.1f s%n", summary.line(), seconds);
        out.printf("where the time went: %s; %s; %s%n", summary.timings().describe(), gc.describe(), cpu.describe());
        out.printf("CPU by thread: %s%n", threads.describe());
        out.printf("end-to-end: %,d records/s%n", Math.round(records / seconds));
        out.printf("peak heap: %,d MB in use (max heap %,d MB)%n", heap.peakUsedMb(), Runtime.getRuntime().maxMemory() >> 20);
        if (liveHeap) {
            out.printf("live after a full GC every %,d records: %s MB (forced collections: the import above is slower for them)%n",
                    HeapWatch.EVERY_RECORDS, heap.liveSamplesMb());
        }

        long again = System.nanoTime();
        ImportSummary repeat = importer(ledger).importFile(imported, format, ImportProgress.NONE);
        out.printf("re-import of the same file: %,d ms (%s; %s)%n", (System.nanoTime() - again) / 1_000_000,
                repeat.skipped() ? "skipped, same SHA-256" : "read again", repeat.line());

        RawInsert raw = rawInsert(work.resolve("raw"), cdrs);
        out.printf("raw H2 insert: %,d rows/s (%s)%n", Math.round(raw.rowsPerSecond()), raw.costs());
        out.printf("ratio: %.2f of raw%n", (records / seconds) / raw.rowsPerSecond());
        deleteTree(work);
        return 0;
    }

    private UsageImport importer(Ledger into) {
        return new UsageImport(into, Clock.systemUTC(), "bench", new DedupIndex(), chunk);
    }

    /**
     * Runs both sides once on a small file in scratch folders before anything is timed, so that
     * neither pays for the JIT compiling H2's insert path (without it the raw insert, which runs
     * second, would find that code already compiled by the import).
     */
    private void warmUp(Path folder) throws Exception {
        Files.createDirectories(folder);
        BenchData warm = BenchData.write(folder, warmup, format == UsageFormat.ASTERISK);
        try (Ledger scratch = Ledger.open(folder.resolve("ledger"))) {
            warm.loadMasterData(scratch);
            importer(scratch).importFile(format == UsageFormat.ASTERISK ? warm.master() : warm.cdrs(),
                    format, ImportProgress.NONE);
        }
        rawInsert(folder.resolve("raw"), warm.cdrs());
        deleteTree(folder);
        out.printf("warmed up on %,d records (import and raw insert, not timed)%n", warmup);
    }

    /** The raw insert's rate, and its collections and CPU while it was timed. */
    private record RawInsert(double rowsPerSecond, String costs) {
    }

    /** The same rows through plain batched JDBC into an H2 table without indexes: the storage limit. */
    private RawInsert rawInsert(Path folder, Path cdrs) throws Exception {
        Files.createDirectories(folder);
        ZoneId zone = ZoneId.systemDefault();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("raw") + ";CACHE_SIZE=65536", "sa", "")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("create table raw_usage(record_key bigint, record_id varchar(255), kind varchar(8), source_file_id bigint, line bigint, "
                        + "account varchar(64), caller varchar(64), target varchar(64), start_utc timestamp(9) with time zone, "
                        + "period int, quantity decimal(24,6), fingerprint bigint, status varchar(8), "
                        + "customer varchar(64), prefix varchar(64), band varchar(64), billed_quantity decimal(24,6), charge decimal(24,6), "
                        + "reason varchar(24))");
            }
            c.commit();
            GcTime gc = GcTime.start();
            CpuTime cpu = CpuTime.start();
            ThreadCpu threads = ThreadCpu.start();
            long t0 = System.nanoTime();
            long n = 0;
            try (var lines = Files.newBufferedReader(cdrs);
                 PreparedStatement ps = c.prepareStatement("insert into raw_usage values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                lines.readLine();
                String line;
                while ((line = lines.readLine()) != null) {
                    String[] f = line.split(",", -1);
                    LocalDateTime local = LocalDateTime.parse(f[4], BenchData.TS);
                    ps.setLong(1, f[0].hashCode());
                    ps.setString(2, f[0]);
                    ps.setString(3, "CALL");
                    ps.setLong(4, 1);
                    ps.setLong(5, n + 2);
                    ps.setString(6, f[1]);
                    ps.setString(7, f[2]);
                    ps.setString(8, f[3]);
                    ps.setObject(9, local.atZone(zone).toInstant().atOffset(ZoneOffset.UTC));
                    ps.setInt(10, 202601);
                    ps.setBigDecimal(11, new BigDecimal(f[5]));
                    ps.setLong(12, line.hashCode());
                    ps.setString(13, "RATED");
                    ps.setString(14, "B001");
                    ps.setString(15, f[3].substring(0, 4));
                    ps.setString(16, "PEAK");
                    ps.setBigDecimal(17, new BigDecimal(f[5]));
                    ps.setBigDecimal(18, new BigDecimal("0.15"));
                    ps.setString(19, null);
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                    if (n % 50_000 == 0) {
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            double rate = n / ((System.nanoTime() - t0) / 1e9);
            return new RawInsert(rate, gc.describe() + "; " + cpu.describe() + "; by thread: " + threads.describe());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
