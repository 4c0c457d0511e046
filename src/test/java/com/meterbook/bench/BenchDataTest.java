package com.meterbook.bench;

import com.meterbook.domain.NumberNormaliser;
import com.meterbook.ingest.FormatDetector;
import com.meterbook.ingest.ParsedLine;
import com.meterbook.ingest.SourceFingerprint;
import com.meterbook.ingest.UsageCsvReader;
import com.meterbook.ingest.UsageFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench --format asterisk}: the Master.csv it generates holds the same calls as its generic file, as Asterisk writes them. */
class BenchDataTest {

    private static final ZoneId KL = ZoneId.of("Asia/Kuala_Lumpur");

    @Test
    void theAsteriskFileHoldsTheGenericCallsRecordForRecord(@TempDir Path dir) throws Exception {
        BenchData data = BenchData.write(dir, 500, true);

        assertThat(FormatDetector.detect(data.master()).format()).contains(UsageFormat.ASTERISK);
        List<ParsedLine> generic = read(data.cdrs(), UsageFormat.GENERIC);
        List<ParsedLine> asterisk = read(data.master(), UsageFormat.ASTERISK);

        assertThat(asterisk).hasSize(500).allMatch(l -> l instanceof ParsedLine.Parsed);
        for (int i = 0; i < 500; i++) {
            assertThat(((ParsedLine.Parsed) asterisk.get(i)).record()).isEqualTo(((ParsedLine.Parsed) generic.get(i)).record());
        }
        // unanswered calls are written as Asterisk does: NO ANSWER, billsec 0
        assertThat(Files.readAllLines(data.master())).anyMatch(l -> l.contains(",0,\"NO ANSWER\","))
                .allMatch(l -> l.contains("\"\"\"Bench, Caller\"\" <"));
    }

    @Test
    void withoutAsteriskNoMasterFileIsWritten(@TempDir Path dir) throws Exception {
        assertThat(BenchData.write(dir, 10).master()).isNull();
        assertThat(dir.resolve("Master.csv")).doesNotExist();
    }

    @Test
    void benchGeneratesGenericOrAsteriskOnly(@TempDir Path dir) {
        com.meterbook.testing.Cli.ok(dir.resolve("ledger"), "init", "--zone", "Asia/Kuala_Lumpur");
        com.meterbook.testing.Cli.Result r = com.meterbook.testing.Cli.run(dir.resolve("ledger"), "bench", "--format", "events", "--records", "1");

        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("meterbook: bench --format is generic or asterisk, not events");
    }

    @Test
    void benchWarmsUpBothSidesAndReportsEveryFigure(@TempDir Path dir) {
        com.meterbook.testing.Cli.ok(dir.resolve("ledger"), "init", "--zone", "Asia/Kuala_Lumpur");
        com.meterbook.testing.Cli.Result r = com.meterbook.testing.Cli.run(dir.resolve("ledger"), "bench", "--records", "3000",
                "--warmup", "500", "--live-heap", "--chunk", "700");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("warmed up on 500 records", "import: imported 3000, duplicates 0, exceptions 0",
                "GC (", "collections, ", "end-to-end: ", "peak heap: ", "live after a full GC every 200,000 records: [] MB",
                "re-import of the same file:", "raw H2 insert: ", "ratio: ");
        // where the CPU went, for both sides: the whole process, the timed thread, and each kind of thread
        // (a 3,000-record run may give a thread too little time to be listed, so the lists' contents are not pinned)
        assertThat(r.out()).contains("s of CPU; writer: waiting ", "s on all threads (", " cores), ", "s on the calling thread",
                "\nCPU by thread: ", "; by thread: ");
    }

    @Test
    void benchRefusesAChunkOfNoRecords(@TempDir Path dir) {
        com.meterbook.testing.Cli.ok(dir.resolve("ledger"), "init", "--zone", "Asia/Kuala_Lumpur");
        com.meterbook.testing.Cli.Result r = com.meterbook.testing.Cli.run(dir.resolve("ledger"), "bench", "--records", "10", "--chunk", "0");

        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("meterbook: bench --chunk must be at least 1, not 0");
    }

    private static List<ParsedLine> read(Path file, UsageFormat format) throws Exception {
        List<ParsedLine> lines = new ArrayList<>();
        try (UsageCsvReader reader = UsageCsvReader.open(SourceFingerprint.of(file), format, new NumberNormaliser("60"), KL)) {
            reader.forEachRemaining(lines::add);
        }
        return lines;
    }
}
