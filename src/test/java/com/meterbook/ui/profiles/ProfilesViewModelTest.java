package com.meterbook.ui.profiles;

import com.meterbook.ingest.ProfileField;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.CurrentThreadTaskExecutor;
import com.meterbook.ui.common.FakeDialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import com.meterbook.ui.importing.PreviewRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The mapping wizard's view model: the preview follows the column choices; a bad setting shows why and blocks Save. */
@Tag("db")
class ProfilesViewModelTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private LedgerService service;
    private final FakeDialogService dialogs = new FakeDialogService();
    private ProfilesViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        service = new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test");
        model = new ProfilesViewModel(service, new CurrentThreadTaskExecutor(), dialogs);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    private void semicolonFile() throws Exception {
        model.fileProperty().set(Files.writeString(folder.resolve("telco.csv"), """
                Ref;From;To;When;Secs
                r1;03-1111 1111;012-345 6789;29/01/2026 10:00;60
                r2;03-1111 1111;012-345 6789;30/01/2026 10:00;x
                """));
        model.nameProperty().set("telco");
        model.delimiterProperty().set(";");
        model.columnProperty(ProfileField.ID).set("Ref");
        model.columnProperty(ProfileField.CALLER).set("From");
        model.columnProperty(ProfileField.CALLEE).set("To");
        model.columnProperty(ProfileField.START).set("When");
        model.columnProperty(ProfileField.DURATION).set("Secs");
        model.patternProperty().set("dd/MM/yyyy HH:mm");
    }

    @Test
    void thePreviewFollowsAColumnChoice() throws Exception {
        semicolonFile();

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.rows()).extracting(PreviewRow::line).containsExactly(2L, 3L);
        assertThat(model.rows().get(0).target()).isEqualTo("60123456789");
        assertThat(model.rows().get(0).start()).isEqualTo("2026-01-29 10:00:00");
        assertThat(model.rows().get(1).problem()).isEqualTo("line 3, field duration: 'x' is not a number");
        assertThat(model.noteProperty().get()).isEqualTo("All 2 records of telco.csv, 1 bad line");

        model.columnProperty(ProfileField.CALLEE).set("From");

        assertThat(model.rows().get(0).target()).as("the callee now read from the From column").isEqualTo("60311111111");
        model.unitProperty().set("ms");
        assertThat(model.rows().get(0).quantity()).isEqualTo("0.06");
    }

    @Test
    void aBadPatternShowsItsReasonAndBlocksSave() throws Exception {
        semicolonFile();
        assertThat(model.canSaveProperty().get()).isTrue();

        model.patternProperty().set("dd/MM/yyyy HH:mm:ll");

        assertThat(model.problemProperty().get()).startsWith("time.pattern 'dd/MM/yyyy HH:mm:ll' is not a date-time pattern: ");
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.rows()).isEmpty();
        model.save();
        assertThat(service.mappingProfiles().list()).isEmpty();
    }

    @Test
    void aSavedProfileIsListedAndLoadsBack() throws Exception {
        semicolonFile();
        model.zoneProperty().set("Europe/London");
        model.save();

        assertThat(model.saved()).containsExactly("telco");
        assertThat(service.mappingProfiles().get("telco").columns()).containsEntry(ProfileField.START, "When");
        assertThat(model.noteProperty().get()).startsWith("Saved profile telco.");

        ProfilesViewModel other = new ProfilesViewModel(service, new CurrentThreadTaskExecutor(), dialogs);
        other.setActive(true);
        assertThat(other.saved()).containsExactly("telco");
        other.load("telco");
        assertThat(other.delimiterProperty().get()).isEqualTo(";");
        assertThat(other.zoneProperty().get()).isEqualTo("Europe/London");
        assertThat(other.columnProperty(ProfileField.DURATION).get()).isEqualTo("Secs");
        assertThat(other.canSaveProperty().get()).isTrue();
    }
}
