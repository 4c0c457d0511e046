package com.meterbook.ui.desktop;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.operations.ImportProgress;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ledger.ExceptionItem;
import com.meterbook.ui.common.UiFixtures;
import com.meterbook.ui.dashboard.CustomerRow;
import javafx.scene.control.ComboBox;
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
        assertThat(robot.lookup("#formatBox").queryComboBox().getValue()).isEqualTo(UsageFormat.GENERIC);
        DesktopHarness.click(robot, "#startImport");

        await(Duration.ofSeconds(20), () -> "Imported 3 · duplicates 0 · exceptions 3".equals(text(robot, "#importSummary")));
        assertThat(robot.lookup("#importResults").queryTableView().getItems()).hasSize(1);
        app.screenshot("import");

        DesktopHarness.click(robot, "#navExceptions");
        TableView<ExceptionItem> table = awaitNode(robot, "#exceptionsTable", Duration.ofSeconds(5));
        await(Duration.ofSeconds(5), () -> table.getItems().size() == 3);
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
    void theDashboardShowsNewRecordsWithinTwoSeconds(FxRobot robot) throws Exception {
        TableView<CustomerRow> table = awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        await(Duration.ofSeconds(10), () -> table.getItems().size() == 4 && "RM 0.00".equals(text(robot, "#pendingTotal")));

        app.service.importUsage(ledger.write("arriving.csv", SmallOperator.file(UiFixtures.calls(1, 10))), UsageFormat.GENERIC,
                ImportProgress.NONE);

        await(Duration.ofSeconds(2), () -> "RM 1.20".equals(text(robot, "#pendingTotal")));
        assertThat(onFx(() -> table.getItems().getFirst().state())).isEqualTo("Invoice");
    }
}
