package com.meterbook.ui.desktop;

import com.meterbook.domain.Customer;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.EditRow;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import com.meterbook.ui.dashboard.CustomerRow;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.util.Optional;

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.awaitNode;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** Edit a rate, save, re-rate and see the balance change on the dashboard; find and edit a customer. */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class CustomersAndRatesUiTest {

    @TempDir
    java.nio.file.Path folder;

    private TestLedger ledger;
    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        ledger.importFile(ledger.write("calls.csv", SmallOperator.file(UiFixtures.CALLS_WITH_BAD_LINES)), UsageFormat.GENERIC, 100);
        app = new DesktopHarness(stage, ledger.ledger(), new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test"), Optional.empty());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static String pendingOf(TableView<CustomerRow> table, String account) {
        return onFx(() -> table.getItems().stream().filter(r -> r.account().equals(account)).map(r -> r.pending().format())
                .findFirst().orElse(""));
    }

    /** Waits until the edited cell's text field has the focus, so that no typed key goes elsewhere. */
    private static void awaitCellEditor(TableView<EditRow> table) {
        await(Duration.ofSeconds(5), () -> table.getEditingCell() != null
                && table.getScene().getFocusOwner() instanceof javafx.scene.control.TextField field && field.getParent() != null
                && field.isFocused());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void editARateReRateAndSeeTheBalanceChange(FxRobot robot) {
        TableView<CustomerRow> balances = awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        // A1: T1 300 s peak to 6012 at 0.12/60 = 0.60, and T6 = 0.25
        await(Duration.ofSeconds(10), () -> "RM 0.85".equals(pendingOf(balances, "A1")));

        DesktopHarness.click(robot, "#navRates");
        TableView<EditRow> rates = awaitNode(robot, "#ratesTable", Duration.ofSeconds(10));
        await(Duration.ofSeconds(10), () -> rates.getItems().size() == 12);
        int peak = onFx(() -> {
            for (int i = 0; i < rates.getItems().size(); i++) {
                EditRow r = rates.getItems().get(i);
                if (r.get("prefix").equals("6012") && r.get("band").equals("PEAK") && r.get("tier_from").equals("0")) {
                    return i;
                }
            }
            throw new AssertionError("no peak row");
        });
        @SuppressWarnings("unchecked")
        TableColumn<EditRow, String> rateColumn = (TableColumn<EditRow, String>) onFx(() -> rates.getColumns().get(5));
        onFx(() -> {
            rates.requestFocus();
            rates.scrollTo(peak);
            rates.getSelectionModel().clearAndSelect(peak);
            rates.edit(peak, rateColumn);
            return null;
        });
        awaitCellEditor(rates);
        robot.write("abc").type(KeyCode.ENTER);
        await(Duration.ofSeconds(5), () -> rates.getItems().get(peak).bad());
        assertThat(text(robot, "#ratesStatus")).contains("rate: 'abc' is not a number");
        assertThat(robot.lookup("#saveRates").queryButton().isDisabled()).isTrue();
        app.screenshot("rates");

        onFx(() -> {
            rates.edit(peak, rateColumn);
            return null;
        });
        awaitCellEditor(rates);
        robot.write("0.24").type(KeyCode.ENTER);
        await(Duration.ofSeconds(5), () -> !rates.getItems().get(peak).bad() && "0.24".equals(rates.getItems().get(peak).get("rate")));
        DesktopHarness.click(robot, "#saveRates");
        DesktopHarness.click(robot, "#rerateOpenCycle");
        await(Duration.ofSeconds(20), () -> text(robot, "#rerateMessage").startsWith("Re-rated:"));

        DesktopHarness.click(robot, "#navDashboard");
        // T1 now 300 s at 0.24/60 = 1.20, plus T6's 0.25
        await(Duration.ofSeconds(20), () -> "RM 1.45".equals(pendingOf(balances, "A1")),
                () -> "A1 shows " + pendingOf(balances, "A1"));
    }

    @Test
    void findACustomerAndEditTheirNumbers(FxRobot robot) {
        awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        DesktopHarness.click(robot, "#navCustomers");
        TableView<Customer> customers = awaitNode(robot, "#customersTable", Duration.ofSeconds(10));
        await(Duration.ofSeconds(10), () -> customers.getItems().size() == 4);
        DesktopHarness.click(robot, "#customerSearch");
        robot.write("2222");
        await(Duration.ofSeconds(5), () -> customers.getItems().size() == 1);
        onFx(() -> {
            customers.getSelectionModel().select(0);
            return null;
        });
        await(Duration.ofSeconds(10), () -> text(robot, "#customerHeading").startsWith("A2"));
        await(Duration.ofSeconds(10), () -> text(robot, "#customerUsage").contains("RM 0.52"));

        DesktopHarness.click(robot, "#newNumber");
        robot.write("04-444 4444");
        DesktopHarness.click(robot, "#addNumber");
        await(Duration.ofSeconds(5), () -> text(robot, "#numbersError").equals("6044444444 belongs to A4"));
        assertThat(robot.lookup("#saveCustomer").queryButton().isDisabled()).isTrue();
        app.screenshot("customers");

        onFx(() -> {
            robot.lookup("#customerNumbers").queryListView().getSelectionModel().select("6044444444");
            return null;
        });
        DesktopHarness.click(robot, "#removeNumber");
        DesktopHarness.click(robot, "#newNumber");
        robot.write("012-888 8888");
        robot.type(KeyCode.ENTER);
        DesktopHarness.click(robot, "#saveCustomer");
        await(Duration.ofSeconds(10), () -> text(robot, "#customerStatus").startsWith("Saved A2."));
        assertThat(ledger.query("select count(*) from customer_number where account = 'A2' and number = '60128888888'"))
                .containsExactly(java.util.List.of(1L));
    }
}
