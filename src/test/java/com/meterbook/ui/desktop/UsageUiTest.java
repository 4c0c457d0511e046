package com.meterbook.ui.desktop;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import com.meterbook.ui.usage.UsageLine;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.awaitNode;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The usage browser: a customer's rated records of a cycle, and the explanation of one of them. */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class UsageUiTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        ledger.importFile(ledger.write("calls.csv", SmallOperator.file(List.of(
                "C1,,03-1111 1111,012-345 6789,2026-01-29 09:00:00,300",
                "C2,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,400",
                "C3,,+60 3-1111 1111,017-765 4321,2026-01-29 10:30:00,95",
                "C4,,03-1111 1111,012-345 6789,2026-01-29 11:00:00,500",
                "C5,,03-1111 1111,03-2141 5000,2026-01-29 19:15:00,61",
                "C6,,0060 3 1111 1111,012-345 6789,2026-01-31 10:00:00,75"))), UsageFormat.GENERIC, 100);
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
    void browseACustomersRecordsAndExplainOne(FxRobot robot) {
        awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        DesktopHarness.click(robot, "#navUsage");
        TableView<UsageLine> table = awaitNode(robot, "#usageTable", Duration.ofSeconds(5));
        await(Duration.ofSeconds(10), () -> table.getItems().size() == 6, () -> table.getItems().toString());
        assertThat(text(robot, "#usagePage")).isEqualTo("Records 1–6 of 6 · RM 2.24");
        assertThat(onFx(() -> table.getItems().stream().map(UsageLine::recordId).toList())).containsExactly("C1", "C2", "C3", "C4", "C5", "C6");
        app.screenshot("usage");

        robot.clickOn(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l && "C4".equals(l.getText())).<javafx.scene.Node>query());
        DesktopHarness.click(robot, "#explain");

        TextArea explanation = awaitNode(robot, "#explanation", Duration.ofSeconds(5));
        await(Duration.ofSeconds(10), () -> explanation.getText().contains("Outcome"), explanation::getText);
        assertThat(explanation.getText()).contains("C = 700: A1's billed quantity of prefix 6012 earlier in 2026-01",
                "positions 0 to 500: 500 x 1 at 0.06 per 60 (slot 0, tier 600, C+p from 700) = 0.5", "charged 0.50 to A1 in 2026-01");
        assertThat(text(robot, "#explainTitle")).isEqualTo("How C4 was rated");
        assertThat(text(robot, "#explainStored")).isEqualTo("Today's rating gives the stored charge 0.5 (A1, 2026-01).");
        assertThat(app.dialogs.errors()).isEmpty();
        // the screenshot shows the rate rows, steps and rounding rather than the record's numbers
        robot.interact(() -> explanation.setScrollTop(250));
        app.screenshot("explain");
    }
}
