package com.meterbook.ui.desktop;

import com.meterbook.billing.DisputeTarget;
import com.meterbook.billing.Invoice;
import com.meterbook.ledger.CycleStore;
import com.meterbook.operations.Disputes;
import com.meterbook.testing.DisputeFixture;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.closing.CloseRow;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.disputes.DisputeLine;
import com.meterbook.ui.disputes.NoteRow;
import javafx.scene.Node;
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

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Optional;

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.awaitNode;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** Open a dispute on a record, comment, issue a credit note, see it in the log; closing February then deducts it. */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class DisputesUiTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        ledger = DisputeFixture.january(folder);
        ledger.close(YearMonth.of(2026, 1));
        DisputeFixture.february(ledger);
        Disputes disputes = new Disputes(ledger.ledger(), TestLedger.CLOCK);
        long earlier = disputes.open(DisputeTarget.invoice("EAST-000001"), "Customer says the plan was changed in December", "ben");
        disputes.reject(earlier, "Plan change took effect on 1 February, as agreed", "ben");
        app = new DesktopHarness(stage, ledger.ledger(), new LedgerService(ledger.ledger(), TestLedger.CLOCK, "aisha"), Optional.empty());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private void write(FxRobot robot, String query, String text) {
        Node field = awaitNode(robot, query, Duration.ofSeconds(5));
        robot.clickOn(field).write(text);
    }

    @Test
    void openCommentCreditThenTheNextCloseDeductsIt(FxRobot robot) {
        awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        DesktopHarness.click(robot, "#navDisputes");
        TableView<DisputeLine> table = awaitNode(robot, "#disputesTable", Duration.ofSeconds(5));
        await(Duration.ofSeconds(5), () -> table.getItems().size() == 1);

        write(robot, "#openTarget", "c1");
        write(robot, "#openReason", "Call dropped after a minute, customer billed 20 minutes");
        DesktopHarness.click(robot, "#openDispute");
        await(Duration.ofSeconds(10), () -> table.getItems().size() == 2, () -> text(robot, "#disputeMessage") + app.dialogs.errors());
        await(Duration.ofSeconds(5), () -> text(robot, "#disputeTitle").equals("Dispute 2 · open · record c1 of A1"),
                () -> text(robot, "#disputeTitle"));

        write(robot, "#note", "Switch log confirms the drop at 10:01");
        DesktopHarness.click(robot, "#comment");
        TableView<NoteRow> comments = awaitNode(robot, "#commentsTable", Duration.ofSeconds(5));
        await(Duration.ofSeconds(10), () -> comments.getItems().size() == 1);

        write(robot, "#amount", "12.34");
        write(robot, "#note", "Refund the whole call");
        DesktopHarness.click(robot, "#issueCredit");
        await(Duration.ofSeconds(10), () -> onFx(() -> table.getItems().stream().anyMatch(l -> "MAIN-CN-000001".equals(l.creditNote()))),
                () -> text(robot, "#disputeMessage") + app.dialogs.errors());
        await(Duration.ofSeconds(10), () -> text(robot, "#disputeSummary").contains("Credit note MAIN-CN-000001: RM 12.34"));
        TableView<NoteRow> history = awaitNode(robot, "#disputeHistory", Duration.ofSeconds(5));
        await(Duration.ofSeconds(5), () -> history.getItems().size() == 3);
        app.screenshot("disputes");

        DesktopHarness.click(robot, "#navClose");
        TableView<CloseRow> close = awaitNode(robot, "#closeTable", Duration.ofSeconds(5));
        await(Duration.ofSeconds(10), () -> onFx(() -> close.getItems().stream().anyMatch(r -> r.account().equals("A1")
                && r.outcome().equals("Invoice MAIN-000002, credit note -RM 12.34"))), () -> onFx(() -> close.getItems().toString()));
        DesktopHarness.click(robot, "#closeCycle");
        await(Duration.ofSeconds(10), () -> text(robot, "#closeResult").startsWith("Closed"), () -> text(robot, "#closeStatus"));

        // A1, February: 20.00 - 12.34 = 7.66, tax 0.46, total 8.12
        Invoice a1 = ledger.ledger().inTransaction(s -> new CycleStore(s).invoice("MAIN-000002", 2)).orElseThrow();
        assertThat(a1.total()).isEqualTo(new BigDecimal("8.12"));
        assertThat(a1.credit()).isEqualTo(new BigDecimal("12.34"));

        DesktopHarness.click(robot, "#navDisputes");
        Node row = robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l && "record c1".equals(l.getText())).query();
        robot.clickOn(row);
        await(Duration.ofSeconds(10), () -> text(robot, "#disputeSummary").contains("RM 12.34 deducted (2026-02 on MAIN-000002)"),
                () -> text(robot, "#disputeSummary"));
    }
}
