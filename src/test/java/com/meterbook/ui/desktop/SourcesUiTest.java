package com.meterbook.ui.desktop;

import com.meterbook.operations.PullSources;
import com.meterbook.sources.Backoff;
import com.meterbook.sources.SecretBox;
import com.meterbook.testing.SftpTestServer;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import com.meterbook.ui.sources.SourceLine;
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
import java.time.Instant;
import java.util.Optional;

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.awaitNode;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The sources screen: a source whose host key is new is pulled with Pull now after accepting the key. */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class SourcesUiTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private SftpTestServer server;
    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        server = SftpTestServer.start(folder.resolve("remote"));
        server.put("incoming/cdrs-0130.csv", SmallOperator.file(UiFixtures.calls(1, 3)), Instant.parse("2026-01-30T01:00:00Z"));
        Path config = folder.resolve("config");
        PullSources sources = new PullSources(ledger.ledger(), SecretBox.open(config), TestLedger.CLOCK, "alice");
        sources.addSftp(new PullSources.NewSftpSource("switch-kl", "127.0.0.1", server.port(), SftpTestServer.USER, Optional.empty(),
                Optional.of(SftpTestServer.PASSWORD), "/incoming", "*.csv", 15));
        sources.addSftp(new PullSources.NewSftpSource("switch-pg", "127.0.0.1", 1, "billing", Optional.empty(),
                Optional.of("x"), "/out", "cdr-*.csv", 60));
        LedgerService service = new LedgerService(ledger.ledger(), TestLedger.CLOCK, "alice").sourcesConfig(config)
                .sourcesBackoff(new Backoff(Duration.ofMillis(10), Duration.ofMillis(40), 5, Backoff.REAL));
        app = new DesktopHarness(stage, ledger.ledger(), service, Optional.empty());
    }

    @AfterEach
    void close() {
        app.close();
        server.close();
    }

    @Test
    void pullNowAcceptsTheHostKeyAndImports(FxRobot robot) {
        app.dialogs.willAnswer(true);
        awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        DesktopHarness.click(robot, "#navSources");
        TableView<SourceLine> table = awaitNode(robot, "#sourcesTable", Duration.ofSeconds(5));
        await(Duration.ofSeconds(5), () -> table.getItems().size() == 2);

        robot.clickOn(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "switch-kl".equals(l.getText())).<javafx.scene.Node>query());
        DesktopHarness.click(robot, "#pullNow");

        Label message = awaitNode(robot, "#pullMessage", Duration.ofSeconds(5));
        await(Duration.ofSeconds(30), () -> message.getText().startsWith("switch-kl: fetched 1"), message::getText);
        assertThat(app.dialogs.questions()).singleElement().asString().startsWith("Accept this host key").contains("SHA256:");
        assertThat(app.storedRecords()).isEqualTo(3);
        await(Duration.ofSeconds(5), () -> "ok".equals(table.getItems().stream()
                .filter(l -> l.name().equals("switch-kl")).findFirst().orElseThrow().status()));

        // the other source's server is not there: pulled now, its error shows in the table
        // selected through the table's model, and checked, so that a cell reused by a refresh cannot take the click
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(l -> l.name().equals("switch-pg")).findFirst().orElseThrow()));
        await(Duration.ofSeconds(5), () -> onFx(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().name().equals("switch-pg")));
        DesktopHarness.click(robot, "#pullNow");
        await(Duration.ofSeconds(20), () -> !app.dialogs.errors().isEmpty(), () -> message.getText());
        assertThat(onFx(() -> table.getItems().stream().filter(l -> l.name().equals("switch-pg")).findFirst().orElseThrow().status()))
                .contains("gave up after 5 attempts");
        app.screenshot("sources");
    }

    @Test
    void aSourceIsAddedThroughTheFormWithItsPasswordSealed(FxRobot robot) {
        awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        DesktopHarness.click(robot, "#navSources");
        TableView<SourceLine> table = awaitNode(robot, "#sourcesTable", Duration.ofSeconds(5));
        await(Duration.ofSeconds(5), () -> table.getItems().size() == 2);

        DesktopHarness.click(robot, "#addSource");
        Label problem = awaitNode(robot, "#sourceProblem", Duration.ofSeconds(5));
        assertThat(onFx(problem::getText)).isEqualTo("give the source a name");
        robot.write("switch-jb");
        DesktopHarness.click(robot, "#sourceHost");
        robot.write("127.0.0.1");
        DesktopHarness.click(robot, "#sourceUser");
        robot.write(SftpTestServer.USER);
        DesktopHarness.click(robot, "#sourcePassword");
        robot.write(SftpTestServer.PASSWORD);
        DesktopHarness.click(robot, "#sourceFolder");
        robot.eraseText(1).write("/incoming");
        javafx.scene.control.Button save = robot.lookup("#saveSource").queryButton();
        assertThat(onFx(save::isDisabled)).isFalse();
        app.screenshot("sources-add");

        robot.clickOn(save);

        await(Duration.ofSeconds(10), () -> table.getItems().size() == 3, () -> String.valueOf(app.dialogs.errors()));
        assertThat(onFx(() -> robot.lookup("#sourceForm").query().isVisible())).isFalse();
        assertThat(onFx(() -> table.getItems().stream().map(SourceLine::name).toList())).contains("switch-jb");
        String sealed = (String) ledger.query("select password_sealed from pull_source where name = 'switch-jb'").getFirst().getFirst();
        assertThat(sealed).isNotBlank().doesNotContain(SftpTestServer.PASSWORD);
        assertThat(app.dialogs.errors()).isEmpty();
    }
}
