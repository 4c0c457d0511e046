package com.meterbook.bench;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.CycleClose;
import com.meterbook.operations.DocumentBatch;
import com.meterbook.operations.Documents;
import com.meterbook.operations.ImportProgress;
import com.meterbook.operations.MasterDataImport;
import com.meterbook.operations.UsageImport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * The document benchmarks of docs/PERFORMANCE.md, each in a throw-away ledger of its own: one
 * statement of N lines (time and peak heap), and a month end of N customers (close, then every
 * statement and invoice as PDF into a folder).
 */
public final class DocumentBench {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] CALLEES = {"60123456789", "60176543210", "60321415000", "60422612345", "6567891234", "442079460123"};
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);

    private final PrintWriter out;

    public DocumentBench(PrintWriter out) {
        this.out = out;
    }

    /** One customer's statement of {@code lines} calls. */
    public int statement(int lines) throws Exception {
        Path work = Files.createTempDirectory("meterbook-bench-documents");
        try (Ledger ledger = Ledger.open(work.resolve("ledger"))) {
            load(ledger, work, 1, lines);
            Path pdf = work.resolve("statement.pdf");
            System.gc();
            HeapWatch heap = new HeapWatch(false);
            long t0 = System.nanoTime();
            long cpu0 = cpu();
            int pages;
            try (heap) {
                pages = new Documents(ledger, Clock.systemUTC()).statement("B0000", JANUARY, pdf);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.printf("statement of %,d lines: %,d pages, %,d KB in %.2f s (%.2f s of CPU)%n", lines, pages, Files.size(pdf) >> 10,
                    seconds, (cpu() - cpu0) / 1e9);
            out.printf("peak heap: %,d MB in use, garbage included (max heap %,d MB)%n", heap.peakUsedMb(), Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            deleteTree(work);
        }
        return 0;
    }

    /** Close a cycle of {@code customers} customers, then write every statement and invoice. */
    public int monthEnd(int customers, int callsEach) throws Exception {
        Path work = Files.createTempDirectory("meterbook-bench-month-end");
        try (Ledger ledger = Ledger.open(work.resolve("ledger"))) {
            load(ledger, work, customers, customers * callsEach);
            long t0 = System.nanoTime();
            long cpu0 = cpu();
            new CycleClose(ledger, Clock.systemUTC(), "bench").close(JANUARY);
            double close = (System.nanoTime() - t0) / 1e9;
            HeapWatch heap = new HeapWatch(false);
            DocumentBatch.Result r;
            try (heap) {
                r = new DocumentBatch(new Documents(ledger, Clock.systemUTC())).export(JANUARY, work.resolve("documents"), false,
                        DocumentBatch.Progress.NONE);
            }
            double total = (System.nanoTime() - t0) / 1e9;
            out.printf("month end of %,d customers (%,d calls): close %.1f s, %,d documents (%,d pages) in %.1f s, %.1f s in all "
                    + "(%.1f s of CPU)%n", customers, customers * callsEach, close, r.documents(), r.pages(), total - close, total, (cpu() - cpu0) / 1e9);
            out.printf("peak heap while writing: %,d MB in use, garbage included (max heap %,d MB)%n", heap.peakUsedMb(),
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            deleteTree(work);
        }
        return 0;
    }

    /** {@code customers} customers on one plan, and {@code calls} calls over January shared between them. */
    private void load(Ledger ledger, Path work, int customers, int calls) throws Exception {
        Path customersCsv = work.resolve("customers.csv");
        Path rates = work.resolve("rates.csv");
        Path cdrs = work.resolve("cdrs.csv");
        try (BufferedWriter w = Files.newBufferedWriter(customersCsv, StandardCharsets.UTF_8)) {
            w.write("account,name,plan,numbers,threshold,entity\n");
            for (int c = 0; c < customers; c++) {
                w.write(String.format("B%04d,Bench customer %d,BIZ,6031%06d;6031%06d,,%n", c, c, c * 2, c * 2 + 1));
            }
        }
        Files.writeString(rates, """
                plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge
                BIZ,,6012,Mobile (Maxis),*,2025-01-01,0,0.10,60,6,0,0,0
                BIZ,,6017,Mobile (Celcom),*,2025-01-01,0,0.12,60,6,0,0,0
                BIZ,,603,Fixed Klang Valley,*,2025-01-01,0.01,0.05,60,60,0,0,0.10
                BIZ,,604,Fixed Penang,*,2025-01-01,0.01,0.06,60,60,0,0,0.10
                BIZ,,65,Singapore,*,2025-01-01,0,0.30,60,60,0,0,0
                BIZ,,44,United Kingdom,*,2025-01-01,0,0.60,60,60,0,0,0
                """);
        SplittableRandom random = new SplittableRandom(7);
        LocalDateTime start = JANUARY.atDay(1).atStartOfDay();
        long spanSeconds = 31L * 24 * 3600 - 3600;
        try (BufferedWriter w = Files.newBufferedWriter(cdrs, StandardCharsets.UTF_8)) {
            w.write("call_id,account,caller,callee,start,duration\n");
            for (int i = 0; i < calls; i++) {
                int c = i % customers;
                String caller = String.format("6031%06d", c * 2 + random.nextInt(2));
                w.write("BD" + i + ",," + caller + "," + CALLEES[random.nextInt(CALLEES.length)] + ","
                        + TS.format(start.plusSeconds(random.nextLong(spanSeconds))) + "," + (5 + random.nextInt(900)) + "\n");
            }
        }
        MasterDataImport master = new MasterDataImport(ledger, Clock.systemUTC(), "bench");
        master.customers(customersCsv);
        master.rates(rates);
        new UsageImport(ledger, Clock.systemUTC(), "bench").importFile(cdrs, UsageFormat.GENERIC, ImportProgress.NONE);
        out.printf("generated and imported %,d calls of %,d customers%n", calls, customers);
    }

    /** CPU time of this process so far: on a shared machine, what the work itself cost. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
