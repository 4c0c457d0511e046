package com.meterbook.ui.desktop;

import com.meterbook.domain.Money;
import com.meterbook.ledger.Ledger;
import com.meterbook.ui.common.Formats;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import com.meterbook.ui.dashboard.CustomerRow;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** A new ledger opens on the start screen; loading the sample shows January's balances on the dashboard. */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class SampleDataUiTest {

    @TempDir
    static Path folder;

    private DesktopHarness app;

    @Start
    void start(Stage stage) {
        Ledger ledger = Ledger.open(folder.resolve("ledger"));
        LedgerService service = new LedgerService(ledger, Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC), "test");
        app = new DesktopHarness(stage, ledger, service, Optional.of(UiFixtures.SAMPLE));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void loadTheSampleDataAndSeeTheBalances(FxRobot robot) {
        javafx.scene.Node load = DesktopHarness.awaitNode(robot, "#loadSample", Duration.ofSeconds(10));
        app.screenshot("start");

        robot.clickOn(load);

        await(Duration.ofSeconds(90), () -> robot.lookup("#balancesTable").tryQuery().filter(javafx.scene.Node::isVisible).isPresent(),
                () -> "start screen says '" + onFx(() -> robot.lookup("#startStatus").queryAs(Label.class).getText())
                        + "', dialogs " + app.dialogs.errors());
        TableView<CustomerRow> table = robot.lookup("#balancesTable").queryTableView();
        await(Duration.ofSeconds(10), () -> table.getItems().size() == 30);
        // the dashboard may have loaded while the sample was arriving: wait until it shows the ledger as it now is
        long open = app.service.changeStamp().openExceptions();
        assertThat(open).isPositive();
        await(Duration.ofSeconds(10), () -> Formats.count(open).equals(robot.lookup("#openExceptions").queryAs(Label.class).getText())
                && !robot.lookup("#dashboardLoading").query().isVisible());
        app.screenshot("dashboard");

        CustomerRow leeMeiLing = onFx(() -> table.getItems().stream().filter(r -> r.account().equals("C1009")).findFirst().orElseThrow());
        assertThat(leeMeiLing.pending().format()).isEqualTo("RM 0.16");
        assertThat(leeMeiLing.state()).isEqualTo("RM 0.16 / RM 1.00 threshold");
        assertThat(onFx(() -> table.getItems().stream().map(CustomerRow::pending).toList()))
                .isSortedAccordingTo(java.util.Comparator.<Money>reverseOrder());
        CustomerRow c1003 = onFx(() -> table.getItems().stream().filter(r -> r.account().equals("C1003")).findFirst().orElseThrow());
        assertThat(c1003.state()).isEqualTo("Invoice");
        assertThat(robot.lookup("#periodBox").queryComboBox().getValue()).hasToString("2026-01");
        assertThat(onFx(() -> robot.lookup("#pendingTotal").queryAs(Label.class).getText())).isEqualTo("RM 11,483.16");

        DesktopHarness.click(robot, "#showExceptions");
        TableView<com.meterbook.ledger.ExceptionItem> queue = DesktopHarness.awaitNode(robot, "#exceptionsTable", Duration.ofSeconds(10));
        await(Duration.ofSeconds(10), () -> queue.getItems().size() == open, () -> queue.getItems().size() + " in the queue");
    }
}
