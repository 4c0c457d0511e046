package com.meterbook.ui.desktop;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.closing.CloseRow;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
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
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.awaitNode;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** Month end from the window: preview who is invoiced and who carries forward, close, and the cycle is closed. */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class CloseCycleUiTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        ledger.importFile(ledger.write("calls.csv", SmallOperator.file(List.of(
                "J1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,700",
                "J2,,012-222 2222,03-2141 5000,2026-01-30 19:00:00,61"))), UsageFormat.GENERIC, 100);
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
    void previewThenCloseTheCycle(FxRobot robot) {
        awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        DesktopHarness.click(robot, "#navClose");
        TableView<CloseRow> table = awaitNode(robot, "#closeTable", Duration.ofSeconds(5));
        await(Duration.ofSeconds(10), () -> table.getItems().size() == 4, () -> table.getItems().toString());
        assertThat(text(robot, "#closeSummary")).isEqualTo("1 invoices, RM 1.30 · 3 carried forward, RM 0.11");
        app.screenshot("close");

        DesktopHarness.click(robot, "#closeCycle");

        await(Duration.ofSeconds(10), () -> text(robot, "#closeResult").startsWith("Closed"), () -> text(robot, "#closeStatus"));
        assertThat(text(robot, "#closeResult")).isEqualTo("Closed 2026-01: 1 invoices, 3 carried forward.");
        assertThat(app.service.closePreview(YearMonth.of(2026, 2))).isNotEmpty();
        java.util.Set<YearMonth> closed = ledger.ledger().inTransaction(s -> new com.meterbook.ledger.CycleStore(s).closedPeriods());
        assertThat(closed).containsExactly(YearMonth.of(2026, 1));
    }
}
