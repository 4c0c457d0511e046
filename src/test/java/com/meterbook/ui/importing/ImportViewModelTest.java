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

import java.nio.file.Path;
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
        model = new ImportViewModel(service, new CurrentThreadTaskExecutor(), dialogs, () -> nanos.addAndGet(250_000_000));
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
        assertThat(model.files()).containsExactly(calls);
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
}
