package com.meterbook.ui.desktop;

import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.operations.ImportProgress;
import com.meterbook.operations.ImportSummary;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import com.meterbook.ui.importing.ImportResultRow;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 20,000 calls imported from the screen in chunks of 1,000: the progress bar moves chunk by chunk
 * (never back), and a cancel keeps whole chunks that a second import of the same file completes, to
 * the same charges as one uninterrupted import. The import pauses after a chosen chunk until the test has
 * seen what it waits for (latches, so nothing races the import).
 */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class ImportProgressUiTest {

    private static final int CALLS = 20_000;
    private static final int CHUNK = 1_000;

    @TempDir
    Path folder;

    private TestLedger ledger;
    private DesktopHarness app;
    private Path calls;
    /** Called on the import's thread after each committed chunk, with the chunk's number from 1. */
    private volatile IntConsumer afterChunk = chunk -> { };

    @Start
    void start(Stage stage) throws Exception {
        ledger = UiFixtures.smallOperator(folder.resolve("app"));
        calls = ledger.write("calls.csv", SmallOperator.file(fixedLineCalls()));
        LedgerService paused = new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test", CHUNK) {
            @Override
            public ImportSummary importUsage(Path file, UsageFormat format, ImportProgress progress) throws FileRejectedException {
                int[] chunks = {0};
                return super.importUsage(file, format, new ImportProgress() {
                    @Override
                    public void committed(long bytesTotal, long linesDone, long recordsDone) {
                        progress.committed(bytesTotal, linesDone, recordsDone);
                        afterChunk.accept(++chunks[0]);
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.cancelled();
                    }
                });
            }
        };
        app = new DesktopHarness(stage, ledger.ledger(), paused, Optional.empty());
    }

    @AfterEach
    void close() {
        afterChunk = chunk -> { };
        app.close();
    }

    @Test
    void theBarMovesChunkByChunkAndACancelKeepsWholeChunksThatImportingAgainCompletes(FxRobot robot) throws Exception {
        ProgressBar bar = openImport(robot);
        List<Double> shown = new CopyOnWriteArrayList<>();
        List<CountDownLatch> seen = List.of(new CountDownLatch(1), new CountDownLatch(2), new CountDownLatch(3));
        robot.interact(() -> bar.progressProperty().addListener((o, old, now) -> {
            shown.add(now.doubleValue());
            seen.forEach(CountDownLatch::countDown);
        }));
        CountDownLatch thirdChunkCommitted = new CountDownLatch(1);
        CountDownLatch cancelClicked = new CountDownLatch(1);
        // the first three chunks wait until the bar has shown them, so their updates cannot merge into one;
        // the third then waits for the click on Cancel
        afterChunk = chunk -> {
            if (chunk <= seen.size()) {
                awaitLatch(seen.get(chunk - 1));
            }
            if (chunk == 3) {
                thirdChunkCommitted.countDown();
                awaitLatch(cancelClicked);
            }
        };

        DesktopHarness.click(robot, "#startImport");
        assertThat(thirdChunkCommitted.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(shown).hasSize(3).isSortedAccordingTo(Double::compare).doesNotHaveDuplicates()
                .allSatisfy(p -> assertThat(p).isGreaterThan(0).isLessThan(0.2));
        DesktopHarness.click(robot, "#cancelImport");
        await(Duration.ofSeconds(5), () -> text(robot, "#importStatus").startsWith("Cancelling"));
        cancelClicked.countDown();

        await(Duration.ofSeconds(30), () -> text(robot, "#importStatus").startsWith("Cancelled"));
        TableView<ImportResultRow> results = robot.lookup("#importResults").queryTableView();
        assertThat(onFx(() -> results.getItems().getFirst()))
                .isEqualTo(new ImportResultRow("calls.csv", "generic", "3,000", "0", "0", "Cancelled"));
        assertThat(app.storedRecords()).isEqualTo(3 * CHUNK);
        assertThat(onFx(bar::getProgress)).as("the bar stays where the whole chunks left it").isEqualTo(shown.getLast());

        afterChunk = chunk -> { };
        shown.clear();
        DesktopHarness.click(robot, "#startImport");
        await(Duration.ofSeconds(60), () -> "Done.".equals(text(robot, "#importStatus")));
        assertThat(text(robot, "#importSummary")).isEqualTo("Imported 17,000 · duplicates 3,000 · exceptions 0");
        assertThat(app.storedRecords()).isEqualTo(CALLS);
        assertThat(shown).as("the bar from the start of the second import").startsWith(0.0)
                .isSortedAccordingTo(Double::compare).last().isEqualTo(1.0);

        try (TestLedger uninterrupted = UiFixtures.smallOperator(folder.resolve("reference"))) {
            uninterrupted.importFile(calls, UsageFormat.GENERIC, CHUNK);
            assertThat(ledger.charges(null)).isEqualTo(uninterrupted.charges(null));
        }
        assertThat(app.dialogs.errors()).isEmpty();
    }

    private ProgressBar openImport(FxRobot robot) {
        app.dialogs.willChoose(calls);
        DesktopHarness.awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        DesktopHarness.click(robot, "#navImport");
        DesktopHarness.click(robot, "#chooseFiles");
        return robot.lookup("#importProgress").query();
    }

    /** Calls from A1 to a fixed line (60/60 with a connect fee: no tier counters), one a second from 2026-01-05 08:00. */
    private static List<String> fixedLineCalls() {
        return IntStream.range(0, CALLS)
                .mapToObj(i -> String.format("F%06d,,03-1111 1111,03-8888 8888,2026-01-05 %02d:%02d:%02d,%d",
                        i, 8 + i / 3600, i / 60 % 60, i % 60, 30 + i % 200))
                .toList();
    }

    private static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not release the import within 20 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
