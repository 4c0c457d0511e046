package com.meterbook.ui.desktop;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.operations.ImportProgress;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ledger.ExceptionItem;
import com.meterbook.ui.common.UiFixtures;
import com.meterbook.ui.dashboard.CustomerRow;
import com.meterbook.ui.importing.ImportFile;
import com.meterbook.ui.importing.PreviewRow;
import com.meterbook.ui.importing.ReadAs;
import com.meterbook.ui.shell.Page;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ProgressBar;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.awaitNode;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** Importing a file with bad lines through the screen, then its exceptions; the dashboard follows new records by itself. */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class ImportUiTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        app = new DesktopHarness(stage, ledger.ledger(), new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test"), Optional.empty());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    @Test
    void importAFileWithBadLinesAndSeeItsExceptions(FxRobot robot) {
        Path calls = ledger.write("calls-with-bad-lines.csv", SmallOperator.file(UiFixtures.CALLS_WITH_BAD_LINES));
        app.dialogs.willChoose(calls);
        awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));

        DesktopHarness.click(robot, "#navImport");
        DesktopHarness.click(robot, "#chooseFiles");
        await(Duration.ofSeconds(10), () -> "All 6 records of calls-with-bad-lines.csv as generic, 2 bad lines"
                .equals(text(robot, "#previewNote")), () -> text(robot, "#previewNote"));
        assertThat(onFx(() -> robot.lookup("#formatBox").queryComboBox().getValue())).isEqualTo(ReadAs.AUTO);
        assertThat(onFx(() -> robot.lookup("#fileList").queryTableView().getItems().stream()
                .map(f -> ((ImportFile) f).formatText().get()).toList())).containsExactly("generic");
        TableView<PreviewRow> preview = robot.lookup("#previewTable").queryTableView();
        assertThat(onFx(() -> preview.getItems().stream().filter(PreviewRow::bad).map(PreviewRow::problem).toList()))
                .containsExactly("line 3, field duration: 'abc' is not a number",
                        "line 5, field start: '2026-13-45 10:00:00' is not a timestamp (YYYY-MM-DD HH:MM[:SS])");
        ProgressBar progress = robot.lookup("#importProgress").queryAs(ProgressBar.class);
        List<Double> progressSeen = new CopyOnWriteArrayList<>();
        robot.interact(() -> progress.progressProperty().addListener((o, old, now) -> progressSeen.add(now.doubleValue())));
        DesktopHarness.click(robot, "#startImport");

        await(Duration.ofSeconds(20), () -> "Imported 3 · duplicates 0 · exceptions 3".equals(text(robot, "#importSummary")));
        assertThat(progressSeen).as("the bar moved to the end").contains(1.0);
        assertThat(robot.lookup("#importResults").queryTableView().getItems()).hasSize(1);
        Hyperlink link = awaitNode(robot, "#showExceptions", Duration.ofSeconds(5));
        assertThat(onFx(link::getText)).isEqualTo("Show the 3 _exceptions from calls-with-bad-lines.csv");
        app.screenshot("import");

        robot.clickOn(link);
        assertThat(onFx(() -> app.desktop.shell().pageProperty().get())).isEqualTo(Page.EXCEPTIONS);
        TableView<ExceptionItem> table = awaitNode(robot, "#exceptionsTable", Duration.ofSeconds(5));
        await(Duration.ofSeconds(5), () -> table.getItems().size() == 3);
        ComboBox<String> files = robot.lookup("#sourceFilter").queryComboBox();
        assertThat(onFx(files::getValue)).as("the queue is filtered to the imported file").isEqualTo("calls-with-bad-lines.csv");
        assertThat(onFx(() -> table.getItems().stream().map(ExceptionItem::reason).toList()))
                .containsExactly("INVALID_RECORD", "INVALID_RECORD", "UNKNOWN_ACCOUNT");

        ComboBox<String> reasons = awaitNode(robot, "#reasonFilter", Duration.ofSeconds(5));
        robot.interact(() -> reasons.getSelectionModel().select("UNKNOWN_ACCOUNT"));

        await(Duration.ofSeconds(5), () -> table.getItems().size() == 1);
        assertThat(onFx(() -> table.getItems().getFirst().recordId())).isEqualTo("T5");
        assertThat(text(robot, "#exceptionCount")).isEqualTo("1 of 3 open exceptions");
        assertThat(app.dialogs.errors()).isEmpty();
    }

    @Test
    void aFileIsReadThroughASavedProfileChosenOnTheScreen(FxRobot robot) {
        app.service.mappingProfiles().save("telco", """
                delimiter=;
                column.caller=Von
                column.callee=Nach
                column.start=Beginn
                column.duration=Dauer ms
                duration.unit=ms
                time.pattern=dd/MM/yyyy HH:mm
                id.hash=caller,callee,start
                """);
        app.dialogs.willChoose(ledger.write("telco-jan.csv", """
                Beginn;Von;Nach;Dauer ms
                29/01/2026 10:00;03-1111 1111;03-2141 5000;61000
                29/01/2026 11:00;03-1111 1111;03-2141 5000;125000
                """));
        awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        DesktopHarness.click(robot, "#navImport");
        DesktopHarness.click(robot, "#chooseFiles");
        await(Duration.ofSeconds(10), () -> text(robot, "#previewNote").startsWith("Would be rejected whole as generic"),
                () -> text(robot, "#previewNote"));

        DesktopHarness.click(robot, "#formatBox");
        robot.clickOn("Profile: telco");

        await(Duration.ofSeconds(10), () -> "All 2 records of telco-jan.csv as profile telco, none bad".equals(text(robot, "#previewNote")),
                () -> text(robot, "#previewNote"));
        DesktopHarness.click(robot, "#startImport");
        await(Duration.ofSeconds(20), () -> "Imported 2 · duplicates 0 · exceptions 0".equals(text(robot, "#importSummary")),
                () -> text(robot, "#importSummary"));
        assertThat(onFx(() -> robot.lookup("#importResults").queryTableView().getItems().stream()
                .map(r -> ((com.meterbook.ui.importing.ImportResultRow) r).format()).toList())).containsExactly("profile:telco");
    }

    @Test
    void theDashboardShowsNewRecordsWithinTwoSeconds(FxRobot robot) throws Exception {
        TableView<CustomerRow> table = awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        await(Duration.ofSeconds(10), () -> table.getItems().size() == 4 && "RM 0.00".equals(text(robot, "#pendingTotal")));

        app.service.importUsage(ledger.write("arriving.csv", SmallOperator.file(UiFixtures.calls(1, 10))), UsageFormat.GENERIC,
                ImportProgress.NONE);

        await(Duration.ofSeconds(2), () -> "RM 1.20".equals(text(robot, "#pendingTotal")));
        assertThat(onFx(() -> table.getItems().getFirst().state())).isEqualTo("Invoice");
    }
}
