package com.meterbook.operations;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.Csv;
import com.meterbook.testing.MessyFiles;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.SmallOperator.Cdr;
import com.meterbook.testing.TempFolders;
import com.meterbook.testing.TestLedger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RATING.md "Rating one record" step 6 and "Exceptions" at ledger level: a real H2 file ledger per
 * try, the small operator's tiers and 30/6 rows, generated calls.
 */
@Tag("db")
class UsageImportPropertiesTest {

    @FunctionalInterface
    interface LedgerWork<T> {
        T apply(TestLedger ledger) throws Exception;
    }

    static <T> T withLedger(LedgerWork<T> work) throws Exception {
        Path folder = TempFolders.create("meterbook-prop");
        try (TestLedger ledger = TestLedger.create(folder, SmallOperator.settings())) {
            SmallOperator.load(ledger);
            return work.apply(ledger);
        } finally {
            TempFolders.delete(folder);
        }
    }

    @Provide
    Arbitrary<List<Cdr>> cdrs() {
        return SmallOperator.distinctCdrs(8, 40);
    }

    @Provide
    Arbitrary<MessyFiles.Batch> messy() {
        return MessyFiles.sets(true);
    }

    /** Charges, and each record's exception reason (files and lines differ between the two runs, so they are left out). */
    private static String outcome(TestLedger ledger) {
        String reasons = Csv.rows(ledger.exceptions()).stream()
                .map(r -> r.get("record_id") + " " + r.get("reason"))
                .sorted().collect(Collectors.joining("\n"));
        return ledger.charges(null) + "--- exceptions\n" + reasons;
    }

    @Property(tries = 8, shrinking = ShrinkingMode.BOUNDED)
    void shuffledBatchesGiveTheChargesOfOneOrderedImport(@ForAll("cdrs") List<Cdr> cdrs,
                                                         @ForAll @IntRange(min = 1, max = 4) int files,
                                                         @ForAll @IntRange(min = 1, max = 5) int chunk,
                                                         @ForAll Random random) throws Exception {
        List<Cdr> ordered = new ArrayList<>(cdrs);
        ordered.sort(Cdr.CYCLE_ORDER);
        String expected = withLedger(ledger -> {
            ledger.importFile(ledger.write("ordered.csv", SmallOperator.cdrFile(ordered)), UsageFormat.GENERIC, UsageImport.DEFAULT_CHUNK);
            return outcome(ledger);
        });

        List<Cdr> shuffled = new ArrayList<>(cdrs);
        Collections.shuffle(shuffled, random);
        String actual = withLedger(ledger -> {
            int from = 0;
            for (int f = 0; f < files; f++) {
                int to = f == files - 1 ? shuffled.size() : from + random.nextInt(shuffled.size() - from + 1);
                Path file = ledger.write("part-" + f + ".csv", SmallOperator.cdrFile(shuffled.subList(from, to)));
                ledger.importFile(file, UsageFormat.GENERIC, chunk);
                from = to;
            }
            return outcome(ledger);
        });

        assertThat(actual).isEqualTo(expected);
    }

    @Property(tries = 6, shrinking = ShrinkingMode.BOUNDED)
    void importingTheSameFilesTwiceChangesNothing(@ForAll("messy") MessyFiles.Batch batch,
                                                  @ForAll @IntRange(min = 1, max = 6) int chunk) throws Exception {
        withLedger(ledger -> {
            List<Path> paths = write(ledger, batch);
            for (Path p : paths) {
                ledger.importFile(p, UsageFormat.GENERIC, chunk);
            }
            String charges = ledger.charges(null);
            String exceptions = ledger.exceptions();

            for (int i = 0; i < paths.size(); i++) {
                ImportSummary again = ledger.importFile(paths.get(i), UsageFormat.GENERIC, chunk);
                int records = batch.files().get(i).records();
                assertThat(again.imported()).as("imported on the second run of %s", paths.get(i).getFileName()).isZero();
                assertThat(again.exceptions()).as("exceptions on the second run of %s", paths.get(i).getFileName()).isZero();
                assertThat(again.duplicates()).as("duplicates on the second run of %s", paths.get(i).getFileName()).isEqualTo(records);
            }
            assertThat(ledger.charges(null)).isEqualTo(charges);
            assertThat(ledger.exceptions()).isEqualTo(exceptions);
            return null;
        });
    }

    @Property(tries = 8, shrinking = ShrinkingMode.BOUNDED)
    void everyRecordReadIsImportedADuplicateOrAnException(@ForAll("messy") MessyFiles.Batch batch,
                                                          @ForAll @IntRange(min = 1, max = 6) int chunk) throws Exception {
        withLedger(ledger -> {
            List<Path> paths = write(ledger, batch);
            long imported = 0;
            long exceptions = 0;
            for (int i = 0; i < paths.size(); i++) {
                ImportSummary s = ledger.importFile(paths.get(i), UsageFormat.GENERIC, chunk);
                int records = batch.files().get(i).records();
                assertThat(s.read()).as("records read from %s", paths.get(i).getFileName()).isEqualTo(records);
                assertThat(s.imported() + s.duplicates() + s.exceptions())
                        .as("imported + duplicates + exceptions of %s (%s)", paths.get(i).getFileName(), s.line())
                        .isEqualTo(records);
                imported += s.imported();
                exceptions += s.exceptions();
            }
            List<Map<String, String>> queued = Csv.rows(ledger.exceptions());
            assertThat(queued).as("exceptions export rows").hasSize((int) exceptions);
            Set<String> storedQueued = Set.of("UNKNOWN_ACCOUNT", "NO_RATE", "OUT_OF_POLICY", "LATE_RECORD");
            long storedButQueued = queued.stream().filter(r -> storedQueued.contains(r.get("reason"))).count();
            assertThat(imported + storedButQueued).as("each id whose first copy parses is stored once")
                    .isEqualTo(batch.storedIds().size());
            List<String> charged = Csv.rows(ledger.charges(null)).stream().map(r -> r.get("record_id")).toList();
            assertThat(charged).doesNotHaveDuplicates();
            assertThat(batch.storedIds()).containsAll(charged);
            return null;
        });
    }

    private static List<Path> write(TestLedger ledger, MessyFiles.Batch batch) {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < batch.files().size(); i++) {
            paths.add(ledger.write("cdrs-" + i + ".csv", batch.files().get(i).bytes()));
        }
        return paths;
    }

}
