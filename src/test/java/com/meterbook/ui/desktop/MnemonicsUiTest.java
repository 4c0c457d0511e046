package com.meterbook.ui.desktop;

import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.LedgerService;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static com.meterbook.ui.desktop.DesktopHarness.click;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On every page, each Alt+letter reaches one control: a page's own mnemonic that repeats a navigation
 * button's letter (or another control's on the same page) would make the key do the wrong thing.
 */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class MnemonicsUiTest {

    private static final List<String> PAGES = List.of("#navDashboard", "#navImport", "#navExceptions", "#navUsage", "#navCustomers",
            "#navRates", "#navClose", "#navDocuments", "#navDisputes", "#navReports", "#navSources", "#navProfiles");

    @TempDir
    static Path folder;

    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        TestLedger ledger = TestLedger.create(folder, SmallOperator.settings());
        ledger.customers(java.nio.file.Files.readString(com.meterbook.ui.common.UiFixtures.SAMPLE.resolve("customers.csv")));
        ledger.rates(java.nio.file.Files.readString(com.meterbook.ui.common.UiFixtures.SAMPLE.resolve("rates.csv")));
        app = new DesktopHarness(stage, ledger.ledger(), new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test"), Optional.empty());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void everyAltLetterReachesOneControlOnEveryPage(FxRobot robot) {
        Map<String, List<String>> clashes = new TreeMap<>();
        for (String page : PAGES) {
            try {
                click(robot, page);
            } catch (AssertionError e) {
                throw new AssertionError("cannot open " + page, e);
            }
            onFx(() -> {
                // the same letter may be registered under different kinds of key combination: group by letter
                Map<String, List<String>> byLetter = new TreeMap<>();
                Scene scene = app.stage.getScene();
                for (Map.Entry<KeyCombination, ? extends List<Mnemonic>> e : scene.getMnemonics().entrySet()) {
                    for (Mnemonic m : e.getValue()) {
                        if (showing(m.getNode())) {
                            byLetter.computeIfAbsent(letter(e.getKey()), k -> new ArrayList<>()).add(describe(m.getNode()));
                        }
                    }
                }
                byLetter.forEach((letter, nodes) -> {
                    if (nodes.size() > 1) {
                        clashes.put(page + " " + letter, nodes);
                    }
                });
                return null;
            });
        }
        assertThat(clashes).as("Alt+letter shared by controls shown together").isEmpty();
    }

    @Test
    void ctrlDigitsAndCtrlPageKeysOpenThePages(FxRobot robot) {
        click(robot, "#navDashboard");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT3)
                .release(javafx.scene.input.KeyCode.DIGIT3, javafx.scene.input.KeyCode.CONTROL);
        DesktopHarness.await(java.time.Duration.ofSeconds(5), () -> selected(robot, "#navExceptions"));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.PAGE_DOWN)
                .release(javafx.scene.input.KeyCode.PAGE_DOWN, javafx.scene.input.KeyCode.CONTROL);
        DesktopHarness.await(java.time.Duration.ofSeconds(5), () -> selected(robot, "#navUsage"));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.PAGE_UP)
                .release(javafx.scene.input.KeyCode.PAGE_UP, javafx.scene.input.KeyCode.CONTROL);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.PAGE_UP)
                .release(javafx.scene.input.KeyCode.PAGE_UP, javafx.scene.input.KeyCode.CONTROL);
        DesktopHarness.await(java.time.Duration.ofSeconds(5), () -> selected(robot, "#navImport"));
    }

    private static boolean selected(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.ToggleButton.class).isSelected();
    }

    private static String letter(KeyCombination key) {
        return key.getName().toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean showing(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node node) {
        String text = node instanceof javafx.scene.control.Labeled l ? l.getText() : node.getClass().getSimpleName();
        return (node.getId() == null ? "" : "#" + node.getId() + " ") + "'" + text + "'";
    }
}
