package com.meterbook.ui.disputes;

import com.meterbook.testing.DisputeFixture;
import com.meterbook.testing.MutableClock;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.CurrentThreadTaskExecutor;
import com.meterbook.ui.common.FakeDialogService;
import com.meterbook.ui.common.LedgerService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The Disputes screen's view model over a real ledger (January closed), run on the calling thread. */
@Tag("db")
class DisputesViewModelTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final FakeDialogService dialogs = new FakeDialogService();
    // 2026-02-03 17:30 in Kuala Lumpur
    private final MutableClock clock = new MutableClock(Instant.parse("2026-02-03T09:30:00Z"));
    private DisputesViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        ledger = DisputeFixture.january(folder);
        ledger.close(YearMonth.of(2026, 1));
        model = new DisputesViewModel(new LedgerService(ledger.ledger(), clock, "aisha"), executor, dialogs);
        model.setActive(true);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    private void open(String kind, String target, String reason) {
        model.openKindProperty().set(kind);
        model.openTargetProperty().set(target);
        model.openReasonProperty().set(reason);
        model.openDispute();
    }

    @Test
    void openCommentAndCreditShowInTheLogAndTheDetail() throws Exception {
        open("Record", "c1", "dropped call");
        assertThat(model.messageProperty().get()).isEqualTo("Opened dispute 1 on record c1.");
        assertThat(model.rows()).singleElement().extracting(DisputeLine::status, DisputeLine::target, DisputeLine::opened)
                .containsExactly("open", "record c1", "2026-02-03 17:30");
        assertThat(model.selectedProperty().get().id()).isEqualTo(1);
        DisputeDetailModel detail = model.detail();
        assertThat(detail.titleProperty().get()).isEqualTo("Dispute 1 · open · record c1 of A1");
        assertThat(detail.summaryProperty().get()).contains("Disputed: RM 12.34 (the record's charge)");

        clock.advance(Duration.ofMinutes(5));
        detail.noteProperty().set("switch log confirms");
        detail.comment();
        assertThat(detail.comments()).singleElement().isEqualTo(new NoteRow("2026-02-03 17:35", "aisha", "", "switch log confirms"));
        assertThat(detail.noteProperty().get()).isEmpty();

        detail.amountProperty().set("12.35");
        detail.issueCreditNote();
        assertThat(dialogs.errors()).singleElement().asString().contains("amount 12.35 is more than the record's charge 12.34 (at most 12.34)");
        detail.amountProperty().set("12.34");
        detail.issueCreditNote();
        assertThat(model.messageProperty().get()).startsWith("Credit note MAIN-CN-000001 issued for 12.34 to A1");
        assertThat(model.rows().getFirst().creditNote()).isEqualTo("MAIN-CN-000001");
        assertThat(detail.openProperty().get()).isFalse();
        assertThat(detail.creditNoteProperty().get()).isEqualTo("MAIN-CN-000001");
        assertThat(detail.summaryProperty().get()).contains("Credit note MAIN-CN-000001: RM 12.34, to be deducted at the customer's next cycle close");
        assertThat(detail.history()).extracting(NoteRow::action).containsExactly("dispute open", "dispute comment", "credit note issue");

        Path pdf = folder.resolve("note.pdf");
        dialogs.willSaveTo(pdf);
        detail.saveCreditNotePdf();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("MAIN-CN-000001", "RM 12.34", "dropped call");
        }
    }

    @Test
    void rejectNeedsTheNoteAndFiltersNarrowTheLog() {
        open("Record", "c2", "too dear");
        open("Invoice", "EAST-000001", "wrong plan");
        open("Invoice", "", "x");
        assertThat(model.messageProperty().get()).isEqualTo("Give the invoice number to dispute.");
        assertThat(model.rows()).extracting(DisputeLine::id).containsExactly(2L, 1L);

        model.selectedProperty().set(model.rows().get(1));
        model.detail().reject();
        assertThat(model.messageProperty().get()).isEqualTo("A rejection needs a comment: write it in the note first.");
        model.detail().noteProperty().set("price as agreed");
        model.detail().reject();
        assertThat(model.rows().get(1).status()).isEqualTo("rejected");

        model.statusProperty().set("Open");
        assertThat(model.rows()).extracting(DisputeLine::target).containsExactly("invoice EAST-000001");
        model.statusProperty().set("All");
        model.accountProperty().set("A1");
        assertThat(model.rows()).extracting(DisputeLine::target).containsExactly("record c2");
        model.clearFilters();
        model.textProperty().set("PLAN");
        assertThat(model.rows()).extracting(DisputeLine::id).containsExactly(2L);
        model.clearFilters();
        model.fromProperty().set(LocalDate.of(2026, 2, 4));
        assertThat(model.rows()).isEmpty();
        model.toProperty().set(LocalDate.of(2026, 2, 1));
        assertThat(model.messageProperty().get()).isEqualTo("To 2026-02-01 is before From 2026-02-04");
    }

    @Test
    void disputeThisRecordFillsTheForm() {
        model.openKindProperty().set("Invoice");
        model.disputeRecord("c3");
        assertThat(model.openKindProperty().get()).isEqualTo("Record");
        assertThat(model.openTargetProperty().get()).isEqualTo("c3");
        model.openReasonProperty().set("not ours");
        model.openDispute();
        assertThat(model.rows()).singleElement().extracting(DisputeLine::account).isEqualTo("B1");
    }
}
