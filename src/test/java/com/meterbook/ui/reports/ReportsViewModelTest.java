package com.meterbook.ui.reports;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.CurrentThreadTaskExecutor;
import com.meterbook.ui.common.FakeDialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports screen's view model over a real ledger, run on the calling thread. */
@Tag("db")
class ReportsViewModelTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private final FakeDialogService dialogs = new FakeDialogService();
    private ReportsViewModel model;
    private BigDecimal charges;

    @BeforeEach
    void setUp() throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        // T1 (A1, 300 s) and T3 (A2, 500 s) to 6012, T6 (A1, 90 s) to 6017: three mobile calls of entity MAIN
        ledger.importFile(ledger.write("calls.csv", SmallOperator.file(UiFixtures.CALLS_WITH_BAD_LINES)), UsageFormat.GENERIC, 100);
        charges = (BigDecimal) ledger.query("select sum(charge) from usage_record where status = 'RATED'").getFirst().getFirst();
        model = new ReportsViewModel(new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test"), new CurrentThreadTaskExecutor(), dialogs);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void showsTheCyclesReportForEveryEntityThenForTheChosenOne() {
        model.setActive(true);

        assertThat(model.periods()).containsExactly(YearMonth.of(2026, 1));
        assertThat(model.entities()).containsExactly(ReportsViewModel.ALL_ENTITIES, "EAST", "MAIN");
        assertThat(model.entityProperty().get()).isEqualTo(ReportsViewModel.ALL_ENTITIES);
        assertThat(model.rows()).singleElement().satisfies(r -> {
            assertThat(r.destinationClass()).isEqualTo("Mobile");
            assertThat(r.records()).isEqualTo(3);
            assertThat(r.minutes()).isEqualByComparingTo("14.83");
            assertThat(r.units()).isNull();
            assertThat(r.revenue().amount()).isEqualByComparingTo(charges);
        });
        assertThat(model.totalProperty().get()).startsWith("Total 3 records · 14.83 minutes (");

        model.entityProperty().set("EAST");
        assertThat(model.rows()).isEmpty();
        assertThat(model.totalProperty().get()).isEqualTo("Total 0 records · 0.00 minutes (0.00 billed) · RM 0.00");
        model.entityProperty().set("MAIN");
        assertThat(model.rows()).singleElement().extracting(ReportRow::records).isEqualTo(3L);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void exportsTheShownReportAsCsvAndPdf() throws Exception {
        model.setActive(true);
        Path csv = folder.resolve("out/report.csv");
        Path pdf = folder.resolve("out/report.pdf");

        dialogs.willSaveTo(csv);
        model.exportCsv();
        dialogs.willSaveTo(pdf);
        model.exportPdf();

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).isEqualTo("period,entity,class,destination,records,minutes,billed_minutes,units,revenue");
        assertThat(lines.getLast()).startsWith("2026-01,All entities,TOTAL,Total,3,14.83,").endsWith("," + charges.setScale(2).toPlainString());
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(model.messageProperty().get()).isEqualTo("Wrote " + pdf);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void downloadsTheChosenCustomersUsageCsv() throws Exception {
        model.setActive(true);
        UsageDownload usage = model.usage();
        assertThat(usage.accounts()).containsExactly("A1", "A2", "A3", "A4");
        assertThat(usage.accountProperty().get()).isEqualTo("A1");
        Path out = folder.resolve("usage-a1.csv");
        dialogs.willSaveTo(out);

        usage.download();

        assertThat(Files.readAllLines(out)).hasSize(3).first().asString().startsWith("record_id,start,caller,callee,");
        assertThat(Files.readAllLines(out)).extracting(l -> l.split(",")[0]).containsExactly("record_id", "T1", "T6");
        assertThat(model.messageProperty().get()).isEqualTo("Wrote 2 records of A1 (2026-01) to " + out);
        assertThat(usage.runningProperty().get()).isFalse();

        usage.download(); // the chooser closed: nothing happens
        assertThat(model.messageProperty().get()).isEqualTo("Wrote 2 records of A1 (2026-01) to " + out);
    }

    @Test
    void bothCsvExportsCarryAUtf8BomForExcelWhenAsked() throws Exception {
        model.setActive(true);
        model.excelBomProperty().set(true);
        Path report = folder.resolve("bom/report.csv");
        Path usage = folder.resolve("bom/usage.csv");
        dialogs.willSaveTo(report);
        model.exportCsv();
        dialogs.willSaveTo(usage);
        model.usage().download();

        for (Path csv : List.of(report, usage)) {
            byte[] bytes = Files.readAllBytes(csv);
            assertThat(java.util.Arrays.copyOf(bytes, 3)).as(csv.toString()).containsExactly(0xEF, 0xBB, 0xBF);
        }
        model.excelBomProperty().set(false);
        Path plain = folder.resolve("bom/plain.csv");
        dialogs.willSaveTo(plain);
        model.exportCsv();
        assertThat(Files.readAllBytes(plain)[0]).isEqualTo((byte) 'p');
    }
}
