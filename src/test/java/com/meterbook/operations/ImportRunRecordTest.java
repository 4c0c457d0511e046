package com.meterbook.operations;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an import leaves in {@code source_file} and {@code import_run} (written per chunk by ImportCheckpoint):
 * a completed run with its counts and the file marked read to the end; a cancelled run with the counts of the
 * chunks it committed, and the file not marked complete, so that importing it again finishes it.
 */
@Tag("db")
class ImportRunRecordTest {

    private static String calls(int n) {
        return SmallOperator.file(IntStream.rangeClosed(1, n)
                .mapToObj(i -> "R" + i + ",,03-1111 1111,012-345 6789,2026-01-05 10:%02d:00,60".formatted(i % 60)).toList());
    }

    @Test
    void aCompletedRunHasItsCountsAndTheFileIsMarkedReadToTheEnd(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = TestLedger.create(folder, SmallOperator.settings())) {
            SmallOperator.load(ledger);
            ledger.importFile(ledger.write("calls.csv", calls(25)), UsageFormat.GENERIC, 10);

            assertThat(ledger.query("select outcome, records_read, imported, duplicates, exceptions, finished_at is not null from import_run"))
                    .containsExactly(List.of("COMPLETED", 25L, 25L, 0L, 0L, true));
            assertThat(ledger.query("select lines_done, completed_at is not null from source_file")).containsExactly(List.of(26L, true));
        }
    }

    @Test
    void aCancelledRunKeepsTheCountsOfItsCommittedChunksAndTheFileIsNotComplete(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = TestLedger.create(folder, SmallOperator.settings())) {
            SmallOperator.load(ledger);
            Path file = ledger.write("calls.csv", calls(25));
            ImportProgress afterTwoChunks = new ImportProgress() {
                int chunks;

                @Override
                public void committed(long bytesTotal, long linesDone, long recordsDone) {
                    chunks++;
                }

                @Override
                public boolean cancelled() {
                    return chunks == 2;
                }
            };
            ImportSummary cancelled = ledger.importer(10).importFile(file, UsageFormat.GENERIC, afterTwoChunks);

            assertThat(cancelled.cancelled()).isTrue();
            assertThat(ledger.query("select outcome, records_read, imported, finished_at is not null from import_run"))
                    .containsExactly(List.of("CANCELLED", 20L, 20L, true));
            assertThat(ledger.query("select lines_done, completed_at is null from source_file")).containsExactly(List.of(21L, true));

            assertThat(ledger.importFile(file, UsageFormat.GENERIC, 10).line()).isEqualTo("imported 5, duplicates 20, exceptions 0");
            assertThat(ledger.query("select count(*) from usage_record")).containsExactly(List.of(25L));
        }
    }
}
