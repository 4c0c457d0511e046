package com.meterbook.ui.desktop;

import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import com.meterbook.ui.importing.PreviewRow;
import javafx.scene.control.Button;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.awaitNode;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The mapping wizard: columns typed, a file previewed through them with a bad line named, the profile saved. */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class ProfilesUiTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private DesktopHarness app;
    private LedgerService service;

    @Start
    void start(Stage stage) throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        service = new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test");
        app = new DesktopHarness(stage, ledger.ledger(), service, Optional.empty());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    @Test
    void mapAFilePreviewItAndSaveTheProfile(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("telco-jan.csv"), """
                Beginn;Von;Nach;Dauer ms
                29/01/2026 10:00;03-1111 1111;03-2141 5000;61000
                29/01/2026 11:00;03-1111 1111;03-2141 5000;125000
                30/01/2026 25:00;03-1111 1111;012-345 6789;5000
                31/01/2026 09:30;03-1111 1111;012-345 6789;30500
                """);
        awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        DesktopHarness.click(robot, "#navProfiles");
        awaitNode(robot, "#profileName", Duration.ofSeconds(5));
        type(robot, "#profileName", "telco");
        type(robot, "#profileDelimiter", ";");
        type(robot, "#columnCaller", "Von");
        type(robot, "#columnCallee", "Nach");
        type(robot, "#columnStart", "Beginn");
        type(robot, "#columnDuration", "Dauer ms");
        type(robot, "#profilePattern", "dd/MM/yyyy HH:mm");
        Label problem = robot.lookup("#profileProblem").queryAs(Label.class);
        assertThat(onFx(problem::getText)).startsWith("give the record id either as column.id or as id.hash");
        assertThat(onFx(() -> robot.lookup("#saveProfile").queryAs(Button.class).isDisabled())).isTrue();
        type(robot, "#profileHash", "caller,callee,start");
        javafx.scene.control.ComboBox<String> unit = robot.lookup("#profileUnit").query();
        robot.interact(() -> unit.setValue("ms"));
        app.dialogs.willChoose(file);
        DesktopHarness.click(robot, "#chooseProfileFile");

        TableView<PreviewRow> preview = awaitNode(robot, "#profilePreview", Duration.ofSeconds(5));
        await(Duration.ofSeconds(10), () -> onFx(() -> preview.getItems().size()) == 4, () -> onFx(() -> preview.getItems().toString()));
        assertThat(onFx(() -> preview.getItems().get(0).quantity())).isEqualTo("61");
        assertThat(onFx(() -> preview.getItems().get(2).problem()))
                .isEqualTo("line 4, field start: '30/01/2026 25:00' does not match the pattern dd/MM/yyyy HH:mm");
        assertThat(onFx(() -> robot.lookup("#profileNote").queryAs(Label.class).getText())).isEqualTo("All 4 records of telco-jan.csv, 1 bad line");
        app.screenshot("profiles");

        DesktopHarness.click(robot, "#saveProfile");
        await(Duration.ofSeconds(10), () -> service.mappingProfiles().find("telco").isPresent());
        assertThat(service.mappingProfiles().get("telco").text()).contains("duration.unit=ms\n", "id.hash=caller,callee,start\n");
    }
}
