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
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancelling an import from the screen: the import is held after its first chunk (a latch, so the
 * test does not race the import), Cancel is clicked, and the ledger keeps exactly the whole chunk.
 */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class CancelImportUiTest {

    private static final int CHUNK = 20;

    @TempDir
    Path folder;

    private final CountDownLatch firstChunkCommitted = new CountDownLatch(1);
    private final CountDownLatch cancelClicked = new CountDownLatch(1);
    private TestLedger ledger;
    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        LedgerService held = new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test", CHUNK) {
            @Override
            public ImportSummary importUsage(Path file, UsageFormat format, ImportProgress progress) throws FileRejectedException {
                return super.importUsage(file, format, new ImportProgress() {
                    @Override
                    public void committed(long bytesTotal, long linesDone, long recordsDone) {
                        progress.committed(bytesTotal, linesDone, recordsDone);
                        firstChunkCommitted.countDown();
                        try {
                            if (!cancelClicked.await(20, TimeUnit.SECONDS)) {
                                throw new IllegalStateException("Cancel was not clicked");
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.cancelled();
                    }
                });
            }
        };
        app = new DesktopHarness(stage, ledger.ledger(), held, Optional.empty());
    }

    @AfterEach
    void close() {
        cancelClicked.countDown();
        app.close();
    }

    @Test
    void aCancelledImportKeepsWholeChunks(FxRobot robot) throws Exception {
        app.dialogs.willChoose(ledger.write("calls.csv", SmallOperator.file(UiFixtures.calls(1, 100))));
        DesktopHarness.awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        DesktopHarness.click(robot, "#navImport");
        DesktopHarness.click(robot, "#chooseFiles");
        DesktopHarness.click(robot, "#startImport");

        assertThat(firstChunkCommitted.await(20, TimeUnit.SECONDS)).isTrue();
        DesktopHarness.click(robot, "#cancelImport");
        await(Duration.ofSeconds(5), () -> robot.lookup("#importStatus").queryAs(Label.class).getText().startsWith("Cancelling"));
        cancelClicked.countDown();

        await(Duration.ofSeconds(20), () -> robot.lookup("#importStatus").queryAs(Label.class).getText().startsWith("Cancelled"));
        TableView<ImportResultRow> results = robot.lookup("#importResults").queryTableView();
        assertThat(onFx(() -> results.getItems().getFirst()))
                .isEqualTo(new ImportResultRow("calls.csv", "generic", "20", "0", "0", "Cancelled"));
        assertThat(app.storedRecords()).isEqualTo(CHUNK);
        assertThat(onFx(() -> robot.lookup("#startImport").query().isDisabled())).isFalse();
    }
}
