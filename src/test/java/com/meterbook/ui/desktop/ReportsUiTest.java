package com.meterbook.ui.desktop;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import com.meterbook.ui.reports.ReportRow;
import javafx.scene.control.ComboBox;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.awaitNode;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The reports screen on the sample's master data and January's first calls: the table, its CSV export, a customer's usage CSV. */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class ReportsUiTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private DesktopHarness app;

    @Start
    void start(Stage stage) throws Exception {
        ledger = TestLedger.create(folder, SmallOperator.settings());
        ledger.customers(Files.readString(UiFixtures.SAMPLE.resolve("customers.csv")));
        ledger.bands(Files.readString(UiFixtures.SAMPLE.resolve("bands.csv")));
        ledger.rates(Files.readString(UiFixtures.SAMPLE.resolve("rates.csv")));
        try (Stream<String> lines = Files.lines(UiFixtures.SAMPLE.resolve("cdrs-2026-01.csv"))) {
            ledger.importFile(ledger.write("cdrs.csv", String.join("\n", lines.limit(3_000).toList()) + "\n"), UsageFormat.GENERIC, 10_000);
        }
        try (Stream<String> lines = Files.lines(UiFixtures.SAMPLE.resolve("events-2026.csv"))) {
            ledger.importFile(ledger.write("events.csv", String.join("\n", lines.limit(60).toList()) + "\n"), UsageFormat.EVENTS, 10_000);
        }
        app = new DesktopHarness(stage, ledger.ledger(), new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test"), Optional.empty());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theReportOfACycleIsShownAndExportedAndACustomersUsageDownloaded(FxRobot robot) throws Exception {
        BigDecimal charges = (BigDecimal) ledger.query("select sum(charge) from usage_record where status = 'RATED' and period = 202601")
                .getFirst().getFirst();
        awaitNode(robot, "#balancesTable", Duration.ofSeconds(10));
        DesktopHarness.click(robot, "#navReports");
        TableView<ReportRow> table = awaitNode(robot, "#reportTable", Duration.ofSeconds(5));
        await(Duration.ofSeconds(10), () -> onFx(() -> table.getItems().size()) > 5);

        assertThat(onFx(() -> table.getItems().stream().map(ReportRow::destinationClass).distinct().toList()))
                .contains("Mobile", "Fixed", "Toll-free", "International", "Services");
        BigDecimal shown = onFx(() -> table.getItems().stream().map(r -> r.revenue().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(shown).isEqualByComparingTo(charges);
        Label total = robot.lookup("#reportTotal").queryAs(Label.class);
        assertThat(onFx(total::getText)).endsWith("· RM " + String.format(java.util.Locale.ROOT, "%,.2f", charges));
        app.screenshot("reports");

        Path csv = folder.resolve("regulatory.csv");
        app.dialogs.willSaveTo(csv);
        DesktopHarness.click(robot, "#exportReportCsv");
        await(Duration.ofSeconds(10), () -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getLast()).startsWith("2026-01,All entities,TOTAL,Total,").endsWith("," + charges.setScale(2).toPlainString());

        ComboBox<String> entity = robot.lookup("#reportEntity").queryComboBox();
        robot.interact(() -> entity.getSelectionModel().select("MAIN"));
        await(Duration.ofSeconds(10), () -> onFx(() -> !total.getText().endsWith(String.format(java.util.Locale.ROOT, "%,.2f", charges))),
                () -> onFx(total::getText));

        Path usage = folder.resolve("usage.csv");
        app.dialogs.willSaveTo(usage);
        DesktopHarness.click(robot, "#downloadUsage");
        Label message = robot.lookup("#reportMessage").queryAs(Label.class);
        await(Duration.ofSeconds(20), () -> onFx(message::getText).startsWith("Wrote "), () -> onFx(message::getText));
        assertThat(Files.readAllLines(usage).getFirst()).isEqualTo("record_id,start,caller,callee,destination,band,quantity,billed_quantity,rate,charge");
        assertThat(app.dialogs.errors()).isEmpty();
    }
}
