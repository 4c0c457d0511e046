package com.meterbook.bench;

import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.MasterDataImport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmarks' operator, written as CSV files into a folder: 100 customers on a 5,000-prefix plan
 * (a third with PEAK/OFFPEAK bands and 30/6 billing, one in fifty with graduated tiers, the rest 60/60
 * with a connect fee and a minimum) and N calls in the {@code generic} format over January 2026,
 * and, if asked, the same calls as Asterisk writes them into {@code Master.csv} (no header, every text
 * field quoted, a caller id with a comma and quotes, 18 fields with uniqueid and userfield; unanswered
 * calls {@code NO ANSWER} with billsec 0). The same seed gives the same files.
 */
public record BenchData(Path customers, Path rates, Path bands, Path cdrs, Path master) {

    public static final int PREFIXES = 5_000;
    static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static BenchData write(Path folder, int records) throws IOException {
        return write(folder, records, false);
    }

    public static BenchData write(Path folder, int records, boolean asterisk) throws IOException {
        BenchData data = new BenchData(folder.resolve("customers.csv"), folder.resolve("rates.csv"), folder.resolve("bands.csv"),
                folder.resolve("cdrs.csv"), asterisk ? folder.resolve("Master.csv") : null);
        SplittableRandom random = new SplittableRandom(42);
        List<String> prefixes = prefixes(random);
        data.writeMasterData(prefixes);
        data.writeCdrs(records, prefixes, random);
        return data;
    }

    /** Customers, rates and bands into the ledger, as the CLI's master-data imports do. */
    public void loadMasterData(Ledger ledger) throws FileRejectedException {
        MasterDataImport master = new MasterDataImport(ledger, Clock.systemUTC(), "bench");
        master.customers(customers);
        master.rates(rates);
        master.bands(bands);
    }

    private static List<String> prefixes(SplittableRandom random) {
        LinkedHashSet<String> set = new LinkedHashSet<>();
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

    private void writeMasterData(List<String> prefixes) throws IOException {
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
        Files.writeString(bands, "band,days,start,end\nPEAK,MON-FRI,08:00,18:00\nOFFPEAK,MON-FRI,18:00,08:00\n"
                + "OFFPEAK,SAT;SUN,00:00,00:00\nOFFPEAK,MON,00:00,08:00\n");
    }

    /** One Master.csv row as Asterisk's cdr_csv writes it with loguniqueid and loguserfield; the id is the uniqueid. */
    static String asteriskLine(String id, String src, String callee, LocalDateTime at, int billsec) {
        int ring = 3 + Math.floorMod(id.hashCode(), 20);
        boolean answered = billsec > 0;
        String answer = answered ? TS.format(at.plusSeconds(ring)) : "";
        String end = TS.format(at.plusSeconds(ring + billsec));
        String channel = "PJSIP/" + src.substring(src.length() - 3) + "-" + Integer.toHexString(id.hashCode());
        return "\"\",\"" + src + "\",\"" + callee + "\",\"from-internal\",\"\"\"Bench, Caller\"\" <" + src + ">\",\"" + channel
                + "\",\"" + (answered ? "PJSIP/trunk-0001" : "") + "\",\"Dial\",\"PJSIP/" + callee + "@trunk,60,tT\",\""
                + TS.format(at) + "\",\"" + answer + "\",\"" + end + "\"," + (ring + billsec) + "," + billsec + ",\""
                + (answered ? "ANSWERED" : "NO ANSWER") + "\",\"DOCUMENTATION\",\"" + id + "\",\"\"\n";
    }

    private void writeCdrs(int records, List<String> prefixes, SplittableRandom random) throws IOException {
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
        long spanSeconds = 30L * 24 * 3600;
        try (BufferedWriter w = Files.newBufferedWriter(cdrs, StandardCharsets.UTF_8);
             BufferedWriter m = master == null ? null : Files.newBufferedWriter(master, StandardCharsets.UTF_8)) {
            w.write("call_id,account,caller,callee,start,duration\n");
            for (int i = 0; i < records; i++) {
                String id = Long.toHexString(random.nextLong()) + "-" + i;
                String caller = String.format("03-1%04d", random.nextInt(200));
                String prefix = prefixes.get((int) Math.min(prefixes.size() - 1, Math.abs(random.nextGaussian()) * prefixes.size() / 3));
                String callee = prefix + (1000000 + random.nextInt(9000000));
                LocalDateTime at = start.plusSeconds(i * spanSeconds / records + random.nextInt(60));
                int duration = random.nextInt(100) < 5 ? 0 : (int) Math.min(14_000, Math.round(-Math.log(1 - random.nextDouble()) * 120));
                String src = "0" + caller.substring(1).replace("-", "");
                w.write(id + ",," + src + "," + callee + "," + TS.format(at) + "," + duration + "\n");
                if (m != null) {
                    m.write(asteriskLine(id, src, callee, at, duration));
                }
            }
        }
    }
}
