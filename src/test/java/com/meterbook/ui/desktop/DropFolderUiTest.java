package com.meterbook.ui.desktop;

import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
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
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.awaitNode;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** Setting the drop folder on the import screen; a file dropped into it is imported in the background and listed. */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class DropFolderUiTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        app = new DesktopHarness(stage, ledger.ledger(), new LedgerService(ledger.ledger(), Clock.systemUTC(), "test"), Optional.empty());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aFileDroppedIntoTheChosenFolderIsImportedAndListed(FxRobot robot) throws Exception {
        Path drop = Files.createDirectories(folder.resolve("drop"));
        app.dialogs.willChooseFolder(drop);
        awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        DesktopHarness.click(robot, "#navImport");
        robot.clickOn(robot.lookup("#dropFolderPane .title").queryAs(javafx.scene.Node.class));
        DesktopHarness.click(robot, "#chooseDropFolder");
        Spinner<Integer> stable = robot.lookup("#dropFolderStable").query();
        robot.interact(() -> stable.getValueFactory().setValue(0));
        DesktopHarness.click(robot, "#applyDropFolder");
        Label status = robot.lookup("#dropFolderStatus").queryAs(Label.class);
        await(Duration.ofSeconds(10), () -> status.getText().startsWith("Watching " + drop.toAbsolutePath()), status::getText);

        Files.writeString(drop.resolve("calls.csv"), "call_id,account,caller,callee,start,duration\n"
                + "U1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,60\n"
                + "U2,,03-1111 1111,012-345 6789,2026-01-29 10:05:00,abc\n");

        ListView<String> picked = robot.lookup("#dropFolderPickedUp").query();
        await(Duration.ofSeconds(20), () -> picked.getItems().size() == 1, () -> String.valueOf(picked.getItems()));
        assertThat(onFx(() -> picked.getItems().getFirst()))
                .endsWith("  calls.csv: imported 1, duplicates 0, exceptions 1 -> processed/calls.csv");
        assertThat(drop.resolve("processed/calls.csv.report.txt")).exists();
        assertThat(app.dialogs.errors()).isEmpty();
        app.screenshot("drop-folder");
    }
}
