package com.meterbook.ui.importing;

import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.operations.ImportProgress;
import com.meterbook.operations.ImportSummary;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.CurrentThreadTaskExecutor;
import com.meterbook.ui.common.FakeDialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The import screen's view model: files through the dialog service, the summary, rejections and a cancel. */
@Tag("db")
class ImportViewModelTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final AtomicLong nanos = new AtomicLong();
    private ImportViewModel model;
    private Runnable afterFirstChunk = () -> { };
    private final List<List<Path>> opened = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        LedgerService service = new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test", 10) {
            @Override
            public ImportSummary importUsage(Path file, UsageFormat format, ImportProgress progress) throws FileRejectedException {
                return super.importUsage(file, format, new ImportProgress() {
                    @Override
                    public void committed(long bytesTotal, long linesDone, long recordsDone) {
                        progress.committed(bytesTotal, linesDone, recordsDone);
                        afterFirstChunk.run();
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.cancelled();
                    }
                });
            }
        };
        model = new ImportViewModel(service, new CurrentThreadTaskExecutor(), dialogs, () -> nanos.addAndGet(250_000_000),
                opened::add);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    private long storedRecords() {
        return ((Number) ledger.query("select count(*) from usage_record").getFirst().getFirst()).longValue();
    }

    @Test
    void importsTheChosenFilesAndSumsThemUp() {
        Path calls = ledger.write("calls.csv", SmallOperator.file(UiFixtures.CALLS_WITH_BAD_LINES));
        dialogs.willChoose(calls);
        assertThat(model.canImportBinding().get()).isFalse();

        model.chooseFiles();
        assertThat(model.files()).extracting(ImportFile::path).containsExactly(calls);
        assertThat(model.formatProperty().get()).isEqualTo(UsageFormat.GENERIC);
        model.startImport();

        assertThat(model.summaryProperty().get()).isEqualTo("Imported 3 · duplicates 0 · exceptions 3");
        assertThat(model.results()).containsExactly(new ImportResultRow("calls.csv", "generic", "3", "0", "3", "Done"));
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.statusProperty().get()).isEqualTo("Done.");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void showsRecordsPerSecondWhileImporting() {
        dialogs.willChoose(ledger.write("many.csv", SmallOperator.file(UiFixtures.calls(1, 40))));
        model.chooseFiles();
        StringBuilder seen = new StringBuilder();
        model.statusProperty().addListener((o, old, now) -> seen.append(now).append('\n'));

        model.startImport();

        assertThat(seen.toString()).contains("many.csv · 11 of 41 lines · 40 records/s");
    }

    @Test
    void aRejectedFileIsShownAndTheOthersAreImported() {
        Path wrong = ledger.write("wrong.csv", "who,what\nx,y\n");
        Path calls = ledger.write("calls.csv", SmallOperator.file(UiFixtures.calls(1, 5)));
        dialogs.willChoose(wrong, calls);
        model.chooseFiles();

        model.startImport();

        assertThat(model.results()).extracting(ImportResultRow::file).containsExactly("wrong.csv", "calls.csv");
        assertThat(model.results().getFirst().outcome()).startsWith("Rejected: ").contains("wrong.csv");
        assertThat(model.summaryProperty().get()).isEqualTo("Imported 5 · duplicates 0 · exceptions 0 · 1 file rejected");
    }

    @Test
    void aCancelStopsAfterAWholeChunkAndAReimportFinishesTheFile() {
        Path calls = ledger.write("calls.csv", SmallOperator.file(UiFixtures.calls(1, 35)));
        dialogs.willChoose(calls).willChoose(calls);
        model.chooseFiles();
        afterFirstChunk = model::cancel;

        model.startImport();

        assertThat(model.statusProperty().get()).startsWith("Cancelled: whole chunks were kept.");
        assertThat(model.results()).singleElement().extracting(ImportResultRow::outcome).isEqualTo("Cancelled");
        assertThat(storedRecords()).isEqualTo(10);
        assertThat(model.cancellingProperty().get()).isFalse();

        afterFirstChunk = () -> { };
        model.chooseFiles();
        model.startImport();

        assertThat(model.summaryProperty().get()).isEqualTo("Imported 25 · duplicates 10 · exceptions 0");
        assertThat(storedRecords()).isEqualTo(35);
    }

    @Test
    void eachFileGetsItsDetectedFormatAndTheSelectedOneIsPreviewedAsTheImportReadsIt() throws Exception {
        Path calls = ledger.write("calls.csv", SmallOperator.file(UiFixtures.CALLS_WITH_BAD_LINES));
        Path asterisk = Files.copy(UiFixtures.SAMPLE.resolve("asterisk-Master-2026-02.csv"), folder.resolve("Master.csv"));
        dialogs.willChoose(calls, asterisk);

        model.chooseFiles();

        assertThat(model.files()).extracting(f -> f.formatProperty().get())
                .containsExactly(UsageFormat.GENERIC, UsageFormat.ASTERISK);
        assertThat(model.files().get(1).detectedProperty().get()).isEqualTo("asterisk (no header; 18 fields, disposition BUSY)");
        assertThat(model.selectedProperty().get().path()).isEqualTo(calls);
        ImportPreviewModel preview = model.preview();
        assertThat(preview.noteProperty().get()).isEqualTo("All 6 records of calls.csv as generic, 2 bad lines");
        assertThat(preview.rows()).hasSize(6);
        assertThat(preview.rows().getFirst()).isEqualTo(new PreviewRow(2, "T1", "", "60311111111", "60123456789",
                "2026-01-29 09:00:00", "300", ""));
        assertThat(preview.rows()).filteredOn(PreviewRow::bad).extracting(PreviewRow::problem).containsExactly(
                "line 3, field duration: 'abc' is not a number",
                "line 5, field start: '2026-13-45 10:00:00' is not a timestamp (YYYY-MM-DD HH:MM[:SS])");

        model.selectedProperty().set(model.files().get(1));
        assertThat(model.formatProperty().get()).isEqualTo(UsageFormat.ASTERISK);
        assertThat(preview.noteProperty().get()).isEqualTo("All 8 records of Master.csv as asterisk, none bad");
        assertThat(preview.rows().getFirst().recordId()).isEqualTo("1770081247.4000");
        assertThat(storedRecords()).as("a preview stores nothing").isZero();
    }

    @Test
    void badInputFromTheCorpusIsExplainedInThePreviewBeforeAnythingIsImported() throws Exception {
        Path latin1 = Files.copy(Path.of("src/test/resources/corpus/asterisk-latin1.csv"), folder.resolve("latin1.csv"));
        Path nul = Files.copy(Path.of("src/test/resources/corpus/nul-byte.csv"), folder.resolve("nul.csv"));
        Path longLine = folder.resolve("long.csv");
        Files.writeString(longLine, SmallOperator.GENERIC_HEADER + "\n" + "x".repeat(com.meterbook.ingest.TextInput.MAX_LINE + 1) + "\n");
        dialogs.willChoose(latin1, nul, longLine);

        model.chooseFiles();

        assertThat(model.preview().noteProperty().get()).isEqualTo("All 2 records of latin1.csv as asterisk, 1 bad line");
        assertThat(model.preview().rows()).filteredOn(PreviewRow::bad).extracting(PreviewRow::problem).singleElement()
                .asString().startsWith("line 1, field clid: holds bytes that are not UTF-8 (read as '\"Jos\uFFFD M\uFFFDller\" <1001>')");
        model.selectedProperty().set(model.files().get(1));
        assertThat(model.preview().noteProperty().get()).startsWith("Would be rejected whole as generic: ")
                .contains("a NUL byte at byte 122, line 3");
        model.selectedProperty().set(model.files().get(2));
        assertThat(model.preview().noteProperty().get()).startsWith("Would be rejected whole as generic: ")
                .contains("line 2 is longer than 1,048,576 characters");
        assertThat(storedRecords()).isZero();
    }

    @Test
    void aFormatChosenByTheUserOverridesTheDetectedOneForThePreviewAndTheImport() {
        Path calls = ledger.write("calls.csv", SmallOperator.file(UiFixtures.calls(1, 3)));
        dialogs.willChoose(calls);
        model.chooseFiles();

        model.formatProperty().set(UsageFormat.EVENTS);

        assertThat(model.files().getFirst().formatProperty().get()).isEqualTo(UsageFormat.EVENTS);
        assertThat(model.files().getFirst().formatText().get()).isEqualTo("events");
        assertThat(model.preview().rejectedProperty().get()).isTrue();
        assertThat(model.preview().noteProperty().get()).startsWith("Would be rejected whole as events: ")
                .contains("header is 'call_id,account,caller,callee,start,duration' but format events needs");
        assertThat(model.preview().rows()).isEmpty();

        model.startImport();
        assertThat(model.results()).singleElement().extracting(ImportResultRow::format, r -> r.outcome().startsWith("Rejected: "))
                .containsExactly("events", true);
        assertThat(storedRecords()).isZero();
    }

    @Test
    void theChoicesAreAutoDetectTheFormatsAndEachSavedProfileWhichThePreviewAndTheImportFollow() {
        new com.meterbook.operations.MappingProfiles(ledger.ledger(), TestLedger.CLOCK, "test").save("telco", """
                delimiter=;
                column.caller=Von
                column.callee=Nach
                column.start=Beginn
                column.duration=Dauer ms
                duration.unit=ms
                time.pattern=dd/MM/yyyy HH:mm
                time.zone=Europe/London
                id.hash=caller,callee,start
                """);
        assertThat(model.choices()).extracting(ReadAs::label)
                .containsExactly("Auto-detect", "generic", "events", "readings", "asterisk", "freeswitch");
        model.setActive(true);
        assertThat(model.choices()).extracting(ReadAs::label).endsWith("freeswitch", "Profile: telco");

        Path file = ledger.write("telco-jan.csv", """
                Beginn;Von;Nach;Dauer ms
                29/01/2026 10:00;03-1111 1111;03-2141 5000;61000
                29/01/2026 11:00;03-1111 1111;03-2141 5000;125000
                """);
        dialogs.willChoose(file);
        model.chooseFiles();
        assertThat(model.readAsProperty().get()).isEqualTo(ReadAs.AUTO);
        assertThat(model.preview().noteProperty().get()).startsWith("Would be rejected whole as generic: ");

        model.readAsProperty().set(ReadAs.profile("telco"));

        assertThat(model.files().getFirst().formatText().get()).isEqualTo("profile:telco");
        assertThat(model.preview().noteProperty().get()).isEqualTo("All 2 records of telco-jan.csv as profile telco, none bad");
        assertThat(model.preview().rows()).extracting(PreviewRow::quantity).containsExactly("61", "125");
        assertThat(model.canImportBinding().get()).isTrue();
        model.startImport();
        assertThat(model.results()).containsExactly(new ImportResultRow("telco-jan.csv", "profile:telco", "2", "0", "0", "Done"));
        assertThat(storedRecords()).isEqualTo(2);

        model.readAsProperty().set(ReadAs.AUTO);
        assertThat(model.files().getFirst().formatText().get()).isEqualTo("generic");
    }

    @Test
    void anAmbiguousFileWaitsForTheUsersChoice() {
        String line = "\"\",\"0321\",\"0327\",\"ctx\",\"\",\"PJSIP/1\",\"\",\"Dial\",\"x\",\"2026-02-03 11:02:55\",\"\",\"\",68,64,"
                + "\"HELD\",\"DOCUMENTATION\",\"u1\",\"\"";
        Path odd = ledger.write("odd.csv", line + "\n");
        dialogs.willChoose(odd);
        model.chooseFiles();

        assertThat(model.formatProperty().get()).isNull();
        assertThat(model.files().getFirst().formatText().get()).isEqualTo("choose a format");
        assertThat(model.canImportBinding().get()).isFalse();
        assertThat(model.preview().noteProperty().get()).startsWith("odd.csv: the format cannot be told from its first lines (ambiguous: ");

        model.formatProperty().set(UsageFormat.ASTERISK);
        assertThat(model.canImportBinding().get()).isTrue();
        assertThat(model.preview().rows()).singleElement().extracting(PreviewRow::quantity).isEqualTo("64");
    }

    @Test
    void droppedFilesAreAddedOnceAndCanBeRemoved() {
        Path a = ledger.write("a.csv", SmallOperator.file(UiFixtures.calls(1, 2)));
        Path b = ledger.write("b.csv", SmallOperator.file(UiFixtures.calls(3, 2)));
        model.addFiles(List.of(a));
        model.addFiles(List.of(a, b));
        assertThat(model.files()).extracting(ImportFile::name).containsExactly("a.csv", "b.csv");
        assertThat(model.selectedProperty().get().name()).as("the first new file").isEqualTo("b.csv");

        model.removeSelected();
        assertThat(model.files()).extracting(ImportFile::name).containsExactly("a.csv");
        assertThat(model.selectedProperty().get().name()).isEqualTo("a.csv");
    }

    @Test
    void theSummaryLeadsToTheExceptionsTheImportQueued() {
        Path calls = ledger.write("calls.csv", SmallOperator.file(UiFixtures.CALLS_WITH_BAD_LINES));
        Path clean = ledger.write("clean.csv", SmallOperator.file(UiFixtures.calls(1, 2)));
        model.addFiles(List.of(calls, clean));
        ImportRun run = model.run();

        model.startImport();

        assertThat(run.exceptionsLinkProperty().get()).isEqualTo("Show the 3 exceptions from calls.csv");
        run.showExceptions();
        assertThat(opened).containsExactly(List.of(calls));
    }

    @Test
    void noLinkWhenNothingWasQueued() {
        model.addFiles(List.of(ledger.write("clean.csv", SmallOperator.file(UiFixtures.calls(1, 2)))));
        model.startImport();
        assertThat(model.run().exceptionsLinkProperty().get()).isEmpty();
        model.run().showExceptions();
        assertThat(opened).isEmpty();
    }
}
