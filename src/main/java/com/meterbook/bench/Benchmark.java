package com.meterbook.bench;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.ImportProgress;
import com.meterbook.operations.ImportSummary;
import com.meterbook.operations.MasterDataImport;
import com.meterbook.operations.UsageImport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark of docs/PERFORMANCE.md: N generated CDRs over a 5,000-prefix plan with bands, 30/6
 * and graduated tiers, imported end to end (parse, dedup, rate, persist) into a fresh ledger, and
 * the same rows inserted with plain batched JDBC into an H2 table without indexes.
 */
public final class Benchmark {

    private static final int PREFIXES = 5_000;
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Ledger ledger;
    private final int records;
    private final PrintWriter out;

    public Benchmark(Ledger ledger, int records, PrintWriter out) {
        this.ledger = ledger;
        this.records = records;
        this.out = out;
    }

    public int run() throws Exception {
        Path work = Files.createTempDirectory("meterbook-bench");
        SplittableRandom random = new SplittableRandom(42);
        List<String> prefixes = prefixes(random);
        Path customers = work.resolve("customers.csv");
        Path rates = work.resolve("rates.csv");
        Path bands = work.resolve("bands.csv");
        Path cdrs = work.resolve("cdrs.csv");
        writeMasterData(customers, rates, bands, prefixes);
        List<Row> sample = writeCdrs(cdrs, prefixes, random);
        out.printf("generated %,d CDRs (%,d MB) over %,d prefixes in %s%n", records, Files.size(cdrs) >> 20, prefixes.size(), work);

        MasterDataImport master = new MasterDataImport(ledger, Clock.systemUTC(), "bench");
        master.customers(customers);
        master.rates(rates);
        master.bands(bands);
        System.gc();
        ImportSummary summary;
        double seconds;
        HeapWatch heap = new HeapWatch();
        try (heap) {
            long t0 = System.nanoTime();
            summary = new UsageImport(ledger, Clock.systemUTC(), "bench").importFile(cdrs, UsageFormat.GENERIC, heap);
            seconds = (System.nanoTime() - t0) / 1e9;
        }
        out.printf("import: %s in %.1f s%n", summary.line(), seconds);
        out.printf("where the time went: %s%n", summary.timings().describe());
        out.printf("end-to-end: %,d records/s%n", Math.round(records / seconds));
        out.printf("peak heap: %,d MB in use (max heap %,d MB); live after a full GC every %,d records: %s MB%n", heap.peakUsedMb(),
                Runtime.getRuntime().maxMemory() >> 20, HeapWatch.EVERY_RECORDS, heap.liveSamplesMb());

        double raw = rawInsertRate(work.resolve("raw"), cdrs);
        out.printf("raw H2 insert: %,d rows/s%n", Math.round(raw));
        out.printf("ratio: %.2f of raw%n", (records / seconds) / raw);
        deleteTree(work);
        return sample.isEmpty() ? 1 : 0;
    }

    private record Row(String id) {
    }

    private List<String> prefixes(SplittableRandom random) {
        java.util.LinkedHashSet<String> set = new java.util.LinkedHashSet<>();
        set.add("6012");
        while (set.size() < PREFIXES) {
            int len = 3 + random.nextInt(4);
            StringBuilder p = new StringBuilder().append(1 + random.nextInt(9));
            for (int i = 1; i < len; i++) {
                p.append(random.nextInt(10));
            }
            set.add(p.toString());
        }
        return new ArrayList<>(set);
    }

    private void writeMasterData(Path customers, Path rates, Path bands, List<String> prefixes) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(customers, StandardCharsets.UTF_8)) {
            w.write("account,name,plan,numbers,threshold,entity\n");
            for (int c = 0; c < 100; c++) {
                w.write(String.format("B%03d,Bench customer %d,BIZ,6031%04d;6031%04d,,%n", c, c, c * 2, c * 2 + 1));
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(rates, StandardCharsets.UTF_8)) {
            w.write("plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge\n");
            for (int i = 0; i < prefixes.size(); i++) {
                String p = prefixes.get(i);
                String rate = new BigDecimal(10 + i % 90).movePointLeft(2).toPlainString();
                if (i % 3 == 0) {
                    w.write("BIZ,," + p + ",Dest " + i + ",PEAK,2026-01-01,0,0.15,60,30,0,0,0\n");
                    w.write("BIZ,," + p + ",Dest " + i + ",PEAK,2026-01-01,0,0.15,60,6,30,0,0\n");
                    w.write("BIZ,," + p + ",Dest " + i + ",OFFPEAK,2026-01-01,0,0.10,60,30,0,0,0\n");
                    w.write("BIZ,," + p + ",Dest " + i + ",OFFPEAK,2026-01-01,0,0.10,60,6,30,0,0\n");
                } else if (i % 50 == 1) {
                    w.write("BIZ,," + p + ",Tiered " + i + ",*,2026-01-01,0.05," + rate + ",60,60,0,0,0\n");
                    w.write("BIZ,," + p + ",Tiered " + i + ",*,2026-01-01,0.05,0.02,60,60,0,600,0\n");
                } else {
                    w.write("BIZ,," + p + ",Dest " + i + ",*,2026-01-01,0.05," + rate + ",60,60,0,0,0.10\n");
                }
            }
        }
        Files.writeString(bands, "band,days,start,end\nPEAK,MON-FRI,08:00,18:00\nOFFPEAK,MON-FRI,18:00,08:00\nOFFPEAK,SAT;SUN,00:00,00:00\nOFFPEAK,MON,00:00,08:00\n");
    }

    private List<Row> writeCdrs(Path file, List<String> prefixes, SplittableRandom random) throws IOException {
        List<Row> sample = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
        long spanSeconds = 30L * 24 * 3600;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE)) {
            w.write("call_id,account,caller,callee,start,duration\n");
            for (int i = 0; i < records; i++) {
                String id = Long.toHexString(random.nextLong()) + "-" + i;
                String caller = String.format("03-1%04d", random.nextInt(200));
                String prefix = prefixes.get((int) Math.min(prefixes.size() - 1, Math.abs(random.nextGaussian()) * prefixes.size() / 3));
                String callee = prefix + (1000000 + random.nextInt(9000000));
                LocalDateTime at = start.plusSeconds(i * spanSeconds / records + random.nextInt(60));
                int duration = random.nextInt(100) < 5 ? 0 : (int) Math.min(14_000, Math.round(-Math.log(1 - random.nextDouble()) * 120));
                w.write(id + ",,0" + caller.substring(1).replace("-", "") + "," + callee + "," + TS.format(at) + "," + duration + "\n");
                if (i < 10) {
                    sample.add(new Row(id));
                }
            }
        }
        return sample;
    }

    /** The same rows through plain batched JDBC into an H2 table without indexes: the storage limit. */
    private double rawInsertRate(Path folder, Path cdrs) throws Exception {
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
            long t0 = System.nanoTime();
            long n = 0;
            try (var lines = Files.newBufferedReader(cdrs);
                 PreparedStatement ps = c.prepareStatement("insert into raw_usage values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                lines.readLine();
                String line;
                while ((line = lines.readLine()) != null) {
                    String[] f = line.split(",", -1);
                    LocalDateTime local = LocalDateTime.parse(f[4], TS);
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
            return n / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
