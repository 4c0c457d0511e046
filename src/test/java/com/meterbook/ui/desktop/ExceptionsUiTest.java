package com.meterbook.ui.desktop;

import com.meterbook.ledger.ExceptionItem;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import com.meterbook.ui.exceptions.HistoryRow;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** Import a file with bad lines, then resolve an exception: assign an unknown caller's record, see it leave the queue and its history show the action. */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class ExceptionsUiTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        app = new DesktopHarness(stage, ledger.ledger(), new LedgerService(ledger.ledger(), TestLedger.CLOCK, "alice"), Optional.empty());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    @Test
    void importAFileWithBadLinesAndResolveAnException(FxRobot robot) {
        app.dialogs.willChoose(ledger.write("calls-with-bad-lines.csv", SmallOperator.file(UiFixtures.CALLS_WITH_BAD_LINES)));
        awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        DesktopHarness.click(robot, "#navImport");
        DesktopHarness.click(robot, "#chooseFiles");
        DesktopHarness.click(robot, "#startImport");
        await(Duration.ofSeconds(20), () -> "Imported 3 · duplicates 0 · exceptions 3".equals(text(robot, "#importSummary")));

        DesktopHarness.click(robot, "#navExceptions");
        TableView<ExceptionItem> table = awaitNode(robot, "#exceptionsTable", Duration.ofSeconds(5));
        await(Duration.ofSeconds(5), () -> table.getItems().size() == 3);
        robot.clickOn(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l && "T5".equals(l.getText())).<javafx.scene.Node>query());
        TextField raw = awaitNode(robot, "#rawLine", Duration.ofSeconds(5));
        // a reload of the queue (the import's change stamp) may replace the items under the click: select T5 again
        // through the table's model until its line shows
        await(Duration.ofSeconds(5), () -> {
            if (table.getSelectionModel().getSelectedItem() == null || !"T5".equals(table.getSelectionModel().getSelectedItem().recordId())) {
                table.getItems().stream().filter(i -> "T5".equals(i.recordId())).findFirst().ifPresent(i -> table.getSelectionModel().select(i));
            }
            return raw.getText().startsWith("T5,,03-9999 9999");
        }, raw::getText);

        robot.clickOn(robot.lookup("#accountBox .text-field").<javafx.scene.Node>query()).write("A1");
        DesktopHarness.click(robot, "#assign");

        await(Duration.ofSeconds(10), () -> table.getItems().size() == 2,
                () -> table.getItems().stream().map(ExceptionItem::recordId).toList() + " " + app.dialogs.errors());
        assertThat(onFx(() -> table.getItems().stream().map(ExceptionItem::recordId).toList())).containsExactly("T2", "T4");
        TableView<HistoryRow> history = awaitNode(robot, "#historyTable", Duration.ofSeconds(5));
        await(Duration.ofSeconds(10), () -> history.getItems().size() == 2, () -> history.getItems().toString());
        HistoryRow action = onFx(() -> history.getItems().getLast());
        assertThat(action.action()).isEqualTo("exception assign");
        assertThat(action.user()).isEqualTo("alice");
        assertThat(action.detail()).contains("assigned to A1", "rated 0.12 for A1 in 2026-01");
        assertThat(text(robot, "#historyTitle")).contains("T5", "(resolved: ASSIGNED)");
        assertThat(text(robot, "#actionMessage")).isEqualTo("assign: resolved 1, still open 0, skipped 0");
        assertThat(app.dialogs.errors()).isEmpty();
        app.screenshot("exceptions");
    }
}
