package com.meterbook.ui.desktop;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import com.meterbook.ui.documents.DocumentRow;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.awaitNode;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** Statements & invoices from the window: preview a statement, then export the whole closed cycle to a folder. */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class DocumentsUiTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        ledger = UiFixtures.smallOperator(folder.resolve("ledger"));
        ledger.importFile(ledger.write("calls.csv", SmallOperator.file(List.of(
                "J1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,700",
                "J2,,012-222 2222,03-2141 5000,2026-01-30 19:00:00,61",
                "J3,,04-444 4444,03-2141 5000,2026-01-30 11:00:00,360"))), UsageFormat.GENERIC, 100);
        ledger.close(YearMonth.of(2026, 1));
        app = new DesktopHarness(stage, ledger.ledger(), new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test"), Optional.empty());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String status(FxRobot robot) {
        return onFx(() -> robot.lookup("#documentsStatus").queryAs(Label.class).getText());
    }

    @Test
    void previewAStatementThenExportTheCycle(FxRobot robot) throws Exception {
        awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        DesktopHarness.click(robot, "#navDocuments");
        TableView<DocumentRow> table = awaitNode(robot, "#documentsTable", Duration.ofSeconds(5));
        await(Duration.ofSeconds(10), () -> table.getItems().size() == 4, () -> table.getItems().toString());

        onFx(() -> {
            table.getSelectionModel().select(0);
            return null;
        });
        DesktopHarness.click(robot, "#documentsPreview");
        ImageView page = robot.lookup("#documentsPageImage").queryAs(ImageView.class);
        await(Duration.ofSeconds(20), () -> page.getImage() != null, () -> status(robot));
        assertThat(onFx(() -> page.getImage().getWidth())).isGreaterThan(800);
        assertThat(status(robot)).isEqualTo("Preview: 1 page");
        app.screenshot("documents");

        Path out = folder.resolve("export");
        app.dialogs.willChooseFolder(out);
        DesktopHarness.click(robot, "#documentsExport");
        await(Duration.ofSeconds(30), () -> status(robot).startsWith("Done"), () -> status(robot));
        assertThat(status(robot)).isEqualTo("Done: 5 documents, 5 pages.");
        assertThat(Files.readAllLines(out.resolve("index.csv"))).hasSize(6);
        assertThat(out.resolve("invoice-MAIN-000001.pdf")).exists();
        assertThat(app.dialogs.errors()).isEmpty();
    }
}
