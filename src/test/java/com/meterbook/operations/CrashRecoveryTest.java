package com.meterbook.operations;

import com.meterbook.documents.CsvExports;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.Ledger;
import com.meterbook.testing.Cli;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * UsageImport's promise: "a run that is killed leaves whole chunks; running the same file again
 * skips what is stored (as duplicates) and finishes the rest". A child JVM runs the real command
 * line (com.meterbook.Main) on 300,000 generic CDRs and is killed with SIGKILL once the ledger file
 * shows that chunks are being committed; the same import then runs again in this JVM, and every
 * record must be charged exactly once, with duplicates = what was stored before the kill.
 */
@Tag("db")
class CrashRecoveryTest {

    private static final int RECORDS = 300_000;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /**
     * The ledger file must grow this much past its size after the master data before the kill: a
     * chunk of 20,000 of these rows adds about 6 MB, and the file passes 100 MB by the end of the
     * import, so the kill lands after the first chunks and long before the end.
     */
    private static final long GROWTH_BEFORE_KILL = 16L << 20;

    private static int duration(int i) {
        return 1 + (int) ((i * 7919L) % 900);
    }

    private static Path generate(Path file) throws IOException {
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("call_id,account,caller,callee,start,duration\n");
            for (int i = 0; i < RECORDS; i++) {
                // 300,000 calls 8 s apart fill January 2026 up to the 28th
                w.write("CR-%07d,,03-1111 1111,012-345 6789,%s,%d\n".formatted(i, LOCAL.format(start.plusSeconds(8L * i)), duration(i)));
            }
        }
        return file;
    }

    @Test
    void aKilledImportResumesWithEveryRecordExactlyOnce(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Cli.ok(ledger, "customers", "import", Files.writeString(dir.resolve("customers.csv"),
                "account,name,plan,numbers,threshold,entity\nA1,Alpha,F,03-1111 1111,,\n").toString());
        Cli.ok(ledger, "rates", "import", Files.writeString(dir.resolve("rates.csv"),
                "plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge\n"
                        + "F,,60,Malaysia,*,2025-01-01,0,0.10,60,1,0,0,0\n").toString());
        Path cdrs = generate(dir.resolve("cdrs-300k.csv"));
        Path h2 = ledger.resolve(Ledger.FILE_NAME + ".mv.db");
        long threshold = Files.size(h2) + GROWTH_BEFORE_KILL;

        Path log = dir.resolve("child.log");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "com.meterbook.Main",
                "--ledger", ledger.toString(), "usage", "import", cdrs.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (Files.size(h2) < threshold) {
                if (!child.isAlive()) {
                    fail("the child ended (exit " + child.exitValue() + ") before the ledger grew by "
                            + (GROWTH_BEFORE_KILL >> 20) + " MB: " + Files.readString(log));
                }
                if (System.nanoTime() > deadline) {
                    fail("the ledger did not grow by " + (GROWTH_BEFORE_KILL >> 20) + " MB within 120 s: " + Files.readString(log));
                }
                child.waitFor(50, TimeUnit.MILLISECONDS);
            }
            assertThat(child.isAlive()).as("the child is still importing when killed").isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child died").isTrue();
        }
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();

        // what survived the kill; whole chunks are promised, but H2 may also keep part of the chunk that was
        // being written (reported as a bug), so only "some, not all" is asserted here
        long committed = chargedIds(ledger, dir).cardinality();
        assertThat(committed).as("records stored before the kill").isPositive().isLessThan(RECORDS);

        // a re-run that cannot finish (seen under disk load: H2 keeps the dead transaction's locks) fails here, not hangs
        Cli.Result again = assertTimeoutPreemptively(Duration.ofSeconds(240), () -> Cli.run(ledger, "usage", "import", cdrs.toString()));

        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).isEqualTo("imported %d, duplicates %d, exceptions 0\n".formatted(RECORDS - committed, committed));
        BitSet all = chargedIds(ledger, dir);
        assertThat(all.cardinality()).isEqualTo(RECORDS);
        assertThat(all.nextClearBit(0)).isEqualTo(RECORDS);
    }

    /**
     * The numbers of the CR-n ids in the charges export; fails on an id seen twice or a charge that
     * is not the flat 0.10 a minute per second rounded half up.
     */
    private static BitSet chargedIds(Path ledgerFolder, Path dir) throws IOException {
        Path out = dir.resolve("charges.csv");
        try (Ledger ledger = Ledger.open(ledgerFolder)) {
            LedgerSettings settings = ledger.inTransaction(RatingContext::settings);
            new CsvExports(ledger).charges(null, settings, out);
        }
        BitSet seen = new BitSet(RECORDS);
        List<String> problems = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(out)) {
            String header = r.readLine();
            assertThat(header).startsWith("record_id,");
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                int n = Integer.parseInt(f[0].substring(3));
                if (seen.get(n)) {
                    problems.add("twice: " + f[0]);
                }
                seen.set(n);
                BigDecimal expected = BigDecimal.valueOf(duration(n)).multiply(new BigDecimal("0.10"))
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
                if (new BigDecimal(f[7]).compareTo(expected) != 0 && problems.size() < 20) {
                    problems.add(line + " (expected " + expected + ")");
                }
            }
        }
        assertThat(problems).isEmpty();
        return seen;
    }
}
