package com.meterbook.operations;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.operations.DropFolder.Outcome;
import com.meterbook.testing.MutableClock;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The drop folder's rules, driven by a clock that only moves when the test moves it: no sleeps. */
@Tag("db")
class DropFolderTest {

    private static final Duration STABLE = Duration.ofSeconds(2);
    private static final String HEADER = "call_id,account,caller,callee,start,duration\n";

    @TempDir
    Path dir;
    private TestLedger ledger;
    private Path drop;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T02:00:00Z"));

    @BeforeEach
    void open() throws Exception {
        ledger = TestLedger.create(dir, SmallOperator.settings());
        SmallOperator.load(ledger);
        drop = Files.createDirectories(dir.resolve("drop"));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private DropFolder folder(int chunk) {
        return new DropFolder(drop, STABLE, clock, ledger.importer(chunk)::importFile);
    }

    private static String cdr(int i) {
        return "D" + i + ",,03-1111 1111,012-345 6789,2026-01-29 10:" + String.format("%02d", i % 60) + ":00," + (10 + i) + "\n";
    }

    private static String cdrs(int from, int to) {
        StringBuilder s = new StringBuilder();
        IntStream.range(from, to).forEach(i -> s.append(cdr(i)));
        return s.toString();
    }

    private long stored(String callIdPrefix) {
        return ((Number) ledger.query("select count(*) from usage_record where record_id like '" + callIdPrefix + "%'")
                .getFirst().getFirst()).longValue();
    }

    private long distinctStored() {
        return ((Number) ledger.query("select count(distinct record_id) from usage_record").getFirst().getFirst()).longValue();
    }

    @Test
    void aGrowingFileIsImportedOnlyOnceItsSizeStayedTheSameForTheInterval() throws IOException {
        DropFolder folder = folder(1000);
        Path file = Files.writeString(drop.resolve("cdrs.csv"), HEADER + cdrs(0, 3));

        assertThat(folder.scanOnce()).isEmpty();
        clock.advance(Duration.ofSeconds(3));
        Files.writeString(file, cdrs(3, 5), StandardOpenOption.APPEND);
        assertThat(folder.scanOnce()).as("it grew since the last look").isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(folder.scanOnce()).as("unchanged, but only for 1 s").isEmpty();
        assertThat(file).exists();
        clock.advance(Duration.ofSeconds(1));

        List<Outcome> outcomes = folder.scanOnce();

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Outcome.Status.PROCESSED);
            assertThat(o.line()).isEqualTo("cdrs.csv: imported 5, duplicates 0, exceptions 0 -> processed/cdrs.csv");
        });
        assertThat(file).doesNotExist();
        assertThat(drop.resolve("processed/cdrs.csv")).hasContent(HEADER + cdrs(0, 5));
        assertThat(Files.readString(drop.resolve("processed/cdrs.csv.report.txt")))
                .contains("file: cdrs.csv\n", "format: generic (", "result: imported 5, duplicates 0, exceptions 0\n",
                        "read: 5\n", "timings: reader (parse, pre-rate)", "started: 2026-03-05T02:00:05Z");
        assertThat(stored("D")).isEqualTo(5);
        assertThat(folder.scanOnce()).isEmpty();
    }

    @Test
    void filesBeingWrittenAndSubfoldersAreLeftAlone() throws IOException {
        DropFolder folder = folder(1000);
        Files.writeString(drop.resolve(".hidden.csv"), HEADER + cdrs(0, 1));
        Files.writeString(drop.resolve("upload.csv.part"), HEADER + cdrs(1, 2));
        Files.writeString(drop.resolve("upload.csv.tmp"), HEADER + cdrs(2, 3));
        Files.writeString(drop.resolve("created-not-written.csv"), "");
        Files.createDirectories(drop.resolve("later"));
        Files.writeString(drop.resolve("later/cdrs.csv"), HEADER + cdrs(3, 4));

        folder.scanOnce();
        clock.advance(STABLE);

        assertThat(folder.scanOnce()).isEmpty();
        assertThat(drop.resolve("upload.csv.part")).exists();
        assertThat(drop.resolve("later/cdrs.csv")).exists();
        assertThat(drop.resolve("created-not-written.csv")).exists();
        assertThat(distinctStored()).isZero();
        assertThat(DropFolder.inProgress("a.csv")).isFalse();
    }

    @Test
    void aRejectedFileGoesToFailedWithTheOneLineErrorAndTheOthersAreStillImported() throws IOException {
        DropFolder folder = folder(1000);
        Files.writeString(drop.resolve("a-bad.csv"), "call_id,account,caller,callee,start,lasting\nX1,,03-1111 1111,012,2026-01-29 10:00:00,5\n");
        Files.writeString(drop.resolve("b-good.csv"), HEADER + cdrs(0, 2));
        folder.scanOnce();
        clock.advance(STABLE);

        List<Outcome> outcomes = folder.scanOnce();

        assertThat(outcomes).extracting(Outcome::status).containsExactly(Outcome.Status.FAILED, Outcome.Status.PROCESSED);
        assertThat(outcomes.getFirst().line()).startsWith("a-bad.csv: failed: " + drop.resolve("a-bad.csv")).endsWith("-> failed/a-bad.csv");
        assertThat(drop.resolve("failed/a-bad.csv")).exists();
        String report = Files.readString(drop.resolve("failed/a-bad.csv.report.txt"));
        assertThat(report).startsWith("file: a-bad.csv\nerror: " + drop.resolve("a-bad.csv") + ": ");
        assertThat(report.lines().filter(l -> l.startsWith("error: "))).singleElement();
        assertThat(drop.resolve("processed/b-good.csv")).exists();
        assertThat(stored("X")).isZero();
        assertThat(stored("D")).isEqualTo(2);
    }

    @Test
    void aSecondFileOfTheSameNameDoesNotOverwriteTheFirst() throws IOException {
        DropFolder folder = folder(1000);
        Files.writeString(drop.resolve("cdrs.csv"), HEADER + cdrs(0, 2));
        folder.scanOnce();
        clock.advance(STABLE);
        folder.scanOnce();
        Files.writeString(drop.resolve("cdrs.csv"), HEADER + cdrs(2, 3));
        folder.scanOnce();
        clock.advance(STABLE);

        assertThat(folder.scanOnce()).singleElement().extracting(Outcome::line)
                .isEqualTo("cdrs.csv: imported 1, duplicates 0, exceptions 0 -> processed/cdrs-2.csv");
        assertThat(drop.resolve("processed/cdrs.csv")).hasContent(HEADER + cdrs(0, 2));
        assertThat(drop.resolve("processed/cdrs-2.csv.report.txt")).exists();
    }

    @Test
    void aFileImportedToTheEndButNotMovedIsSkippedAsAlreadyImportedThenMoved() throws Exception {
        Path file = Files.writeString(drop.resolve("cdrs.csv"), HEADER + cdrs(0, 4));
        // the run before the restart: the import completed, then the process died before the move
        ledger.importFile(file, UsageFormat.GENERIC, 1000);
        DropFolder restarted = folder(1000);
        restarted.scanOnce();
        clock.advance(STABLE);

        List<Outcome> outcomes = restarted.scanOnce();

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Outcome.Status.PROCESSED);
            assertThat(o.line()).contains("already imported on ").endsWith("imported 0, duplicates 4, exceptions 0 -> processed/cdrs.csv");
        });
        assertThat(Files.readString(drop.resolve("processed/cdrs.csv.report.txt")))
                .contains("(same SHA-256); its 4 records count as duplicates", "result: imported 0, duplicates 4, exceptions 0");
        assertThat(stored("D")).isEqualTo(4);
    }

    @Test
    void aHalfImportedFileResumesAndEveryRecordIsStoredOnce() throws Exception {
        Path file = Files.writeString(drop.resolve("cdrs.csv"), HEADER + cdrs(0, 25));
        AtomicInteger chunks = new AtomicInteger();
        // the run before the restart stopped after its first chunk of 10
        ImportSummary first = ledger.importer(10).importFile(file, UsageFormat.GENERIC, new ImportProgress() {
            @Override
            public void committed(long bytesTotal, long linesDone, long recordsDone) {
                chunks.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return chunks.get() >= 1;
            }
        });
        assertThat(first.cancelled()).isTrue();
        assertThat(stored("D")).isEqualTo(10);
        DropFolder restarted = folder(10);
        restarted.scanOnce();
        clock.advance(STABLE);

        assertThat(restarted.scanOnce()).singleElement().extracting(Outcome::line)
                .isEqualTo("cdrs.csv: imported 15, duplicates 10, exceptions 0 -> processed/cdrs.csv");
        assertThat(stored("D")).isEqualTo(25);
        assertThat(distinctStored()).isEqualTo(25);
    }

    @Test
    void aStopDuringAnImportLeavesTheFileWhereItIsAndTheNextScanFinishesIt() throws IOException {
        Files.writeString(drop.resolve("cdrs.csv"), HEADER + cdrs(0, 25));
        DropFolder folder = folder(10);
        folder.scanOnce();
        clock.advance(STABLE);
        AtomicInteger asked = new AtomicInteger();

        // asked once before the file, then before each chunk: stops before the second chunk
        List<Outcome> stopped = folder.scanOnce(() -> asked.incrementAndGet() > 2);

        assertThat(stopped).singleElement().extracting(Outcome::status).isEqualTo(Outcome.Status.INTERRUPTED);
        assertThat(drop.resolve("cdrs.csv")).exists();
        assertThat(stored("D")).isEqualTo(10);
        folder.scanOnce();
        clock.advance(STABLE);
        assertThat(folder.scanOnce()).singleElement().extracting(Outcome::line)
                .isEqualTo("cdrs.csv: imported 15, duplicates 10, exceptions 0 -> processed/cdrs.csv");
        assertThat(distinctStored()).isEqualTo(25);
    }
}
