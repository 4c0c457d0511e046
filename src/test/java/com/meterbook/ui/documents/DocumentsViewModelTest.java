package com.meterbook.ui.documents;

import com.meterbook.documents.PdfText;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The documents screen's view model: a closed cycle's customers, preview page by page, save, print, export all. */
@Tag("db")
class DocumentsViewModelTest {

    @TempDir
    Path folder;
    private TestLedger ledger;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<String> printed = new ArrayList<>();
    private DocumentsViewModel model;
    private LedgerService service;

    @BeforeEach
    void closeJanuary() throws Exception {
        ledger = UiFixtures.smallOperator(folder.resolve("ledger"));
        ledger.importFile(ledger.write("calls.csv", SmallOperator.file(List.of(
                "J1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,700",
                "J2,,012-222 2222,03-2141 5000,2026-01-30 19:00:00,61"))), UsageFormat.GENERIC, 100);
        ledger.close(YearMonth.of(2026, 1));
        service = new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test");
        model = new DocumentsViewModel(service, new CurrentThreadTaskExecutor(), dialogs, () -> (pages, job) -> {
            printed.add(job + ": " + pages.getNumberOfPages() + " pages");
            return true;
        });
        model.setActive(true);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private DocumentRow row(String account) {
        return model.rows().stream().filter(r -> r.account().equals(account)).findFirst().orElseThrow();
    }

    @Test
    void listsTheClosedCycleAndPreviewsTheChosenDocument() {
        assertThat(model.periods()).containsExactly(YearMonth.of(2026, 1));
        assertThat(model.rows()).extracting(DocumentRow::account).containsExactly("A1", "A2", "A3", "A4");
        assertThat(row("A1").invoice()).isEqualTo("MAIN-000001");
        assertThat(row("A1").total().format()).isEqualTo("RM 1.30");
        assertThat(row("A2").invoice()).isEmpty();
        assertThat(row("A2").carried().format()).isEqualTo("RM 0.11");

        model.selectedProperty().set(row("A1"));
        model.preview();
        assertThat(model.pageProperty().get()).isNotNull();
        assertThat(model.pageProperty().get().getWidth()).isEqualTo(Math.round(595.28f * PagePreview.SCALE));
        assertThat(model.pageCountProperty().get()).isEqualTo(1);
        assertThat(model.statusProperty().get()).isEqualTo("Preview: 1 page");
        model.nextPage();
        assertThat(model.pageIndexProperty().get()).as("no page after the last").isZero();

        model.selectedProperty().set(row("A2"));
        model.kindProperty().set(DocumentsViewModel.Kind.INVOICE);
        model.preview();
        assertThat(model.statusProperty().get()).isEqualTo("A2 has no invoice in 2026-01: its balance was carried forward.");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void savesAndPrintsTheChosenDocumentThroughTheInjectedPrinter() throws Exception {
        model.selectedProperty().set(row("A1"));
        model.kindProperty().set(DocumentsViewModel.Kind.INVOICE);
        Path saved = folder.resolve("a1.pdf");
        dialogs.willSaveTo(saved);
        model.savePdf();
        assertThat(PdfText.all(Files.readAllBytes(saved))).contains("INVOICE", "MAIN-000001", "Alpha Trading", "RM 1.30");

        model.print();
        assertThat(printed).containsExactly("Invoice MAIN-000001: 1 pages");
        model.printAll();
        assertThat(printed).hasSize(1 + 4 + 1).contains("Statement A3 2026-01: 1 pages");
        assertThat(model.statusProperty().get()).isEqualTo("Done: 5 documents, 5 pages.");
    }

    @Test
    void exportsEveryDocumentOfTheCycleIntoAFolder() throws Exception {
        Path out = folder.resolve("export");
        dialogs.willChooseFolder(out);
        model.exportAll();
        assertThat(model.statusProperty().get()).isEqualTo("Done: 5 documents, 5 pages.");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(Files.readAllLines(out.resolve("index.csv"))).hasSize(6).contains(
                "A1,Alpha Trading,invoice,MAIN-000001,invoice-MAIN-000001.pdf,1.30,1",
                "A4,Delta Enterprise (德尔塔),statement,,statement-A4-2026-01.pdf,0.00,1");
        assertThat(out.resolve("statement-A2-2026-01.pdf")).exists();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void letterheadChangesAreSavedAndAudited() {
        LetterheadViewModel letterhead = new LetterheadViewModel(service, new CurrentThreadTaskExecutor(), dialogs);
        letterhead.load();
        assertThat(letterhead.entities()).containsExactly("EAST", "MAIN");
        letterhead.entityProperty().set("MAIN");
        letterhead.nameProperty().set("Sinar Telekom Sdn Bhd");
        letterhead.addressProperty().set("No. 8, Jalan Sultan Ismail\n50250 Kuala Lumpur");
        letterhead.paymentDaysProperty().set("thirty");
        letterhead.save();
        assertThat(letterhead.statusProperty().get()).isEqualTo("Payment days must be a whole number of days.");
        letterhead.paymentDaysProperty().set("30");
        letterhead.save();

        assertThat(letterhead.statusProperty().get()).isEqualTo("Saved the letterhead of MAIN.");
        assertThat(service.entityProfiles().find("MAIN").orElseThrow()).satisfies(p -> {
            assertThat(p.name()).isEqualTo("Sinar Telekom Sdn Bhd");
            assertThat(p.address()).containsExactly("No. 8, Jalan Sultan Ismail", "50250 Kuala Lumpur");
            assertThat(p.paymentDays()).isEqualTo(30);
        });
        assertThat(ledger.query("select actor, subject from audit_entry where action = 'entity profile'"))
                .containsExactly(List.of("test", "entity MAIN"));
    }
}
