package com.meterbook.ui.dropfolder;

import com.meterbook.ledger.DropFolderSettings;
import com.meterbook.testing.MutableClock;
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
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The drop folder panel without a toolkit: the setting chosen, saved and loaded, and the background looks on each tick. */
@Tag("db")
class DropFolderViewModelTest {

    @TempDir
    Path dir;
    private TestLedger ledger;
    private LedgerService service;
    private Path drop;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T02:00:00Z"));
    private final FakeDialogService dialogs = new FakeDialogService();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @BeforeEach
    void setUp() throws Exception {
        ledger = UiFixtures.smallOperator(dir);
        service = new LedgerService(ledger.ledger(), clock, "test", 10);
        drop = Files.createDirectories(dir.resolve("drop"));
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    private DropFolderViewModel started() {
        DropFolderViewModel model = new DropFolderViewModel(service, executor, dialogs);
        model.start();
        return model;
    }

    @Test
    void aChosenFolderIsSavedAndWatchedAndWhatArrivesIsListed() throws Exception {
        DropFolderViewModel model = started();
        assertThat(model.statusProperty().get()).isEqualTo("No drop folder set.");
        dialogs.willChooseFolder(drop);
        model.chooseFolder();
        model.stableSecondsProperty().set(3);

        model.apply();

        assertThat(model.folderProperty().get()).isEqualTo(drop.toAbsolutePath().toString());
        assertThat(service.dropFolderConfig().load()).contains(new DropFolderSettings(drop.toAbsolutePath(), true, Duration.ofSeconds(3)));
        assertThat(model.statusProperty().get())
                .isEqualTo("Watching " + drop.toAbsolutePath() + ": files are imported once unchanged for 3 s.");
        Files.writeString(drop.resolve("cdrs.csv"), "call_id,account,caller,callee,start,duration\n"
                + "V1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,60\n");
        executor.tick();
        clock.advance(Duration.ofSeconds(2));
        executor.tick();
        assertThat(model.pickedUp()).as("unchanged for 2 s only").isEmpty();
        clock.advance(Duration.ofSeconds(1));

        executor.tick();

        assertThat(model.pickedUp()).containsExactly("10:00:03  cdrs.csv: imported 1, duplicates 0, exceptions 0 -> processed/cdrs.csv");
        assertThat(drop.resolve("processed/cdrs.csv")).exists();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aSavedSettingIsLoadedAndWhenOffNothingIsImported() throws Exception {
        service.dropFolderConfig().save(new DropFolderSettings(drop, false, Duration.ZERO));
        Files.writeString(drop.resolve("cdrs.csv"), "call_id,account,caller,callee,start,duration\n");

        DropFolderViewModel model = started();
        executor.tick();
        executor.tick();

        assertThat(model.folderProperty().get()).isEqualTo(drop.toAbsolutePath().toString());
        assertThat(model.enabledProperty().get()).isFalse();
        assertThat(model.stableSecondsProperty().get()).isZero();
        assertThat(model.statusProperty().get()).isEqualTo("Not watching " + drop.toAbsolutePath() + ".");
        assertThat(model.pickedUp()).isEmpty();
        assertThat(drop.resolve("cdrs.csv")).exists();
    }

    @Test
    void aFolderThatIsNotThereIsRefusedAndNothingIsSaved() {
        DropFolderViewModel model = started();
        model.apply();
        assertThat(dialogs.errors()).containsExactly("Drop folder: Choose a folder first.");

        model.folderProperty().set(dir.resolve("nowhere").toString());
        model.apply();

        assertThat(dialogs.errors()).last().asString().isEqualTo("Drop folder not saved: " + dir.resolve("nowhere") + " is not a folder.");
        assertThat(service.dropFolderConfig().load()).isEmpty();
    }

    @Test
    void afterCloseTheFolderIsNoLongerLookedAt() throws Exception {
        service.dropFolderConfig().save(new DropFolderSettings(drop, true, Duration.ZERO));
        DropFolderViewModel model = started();
        Files.writeString(drop.resolve("cdrs.csv"), "call_id,account,caller,callee,start,duration\n");

        model.close();
        executor.tick();
        executor.tick();

        assertThat(model.pickedUp()).isEmpty();
        assertThat(drop.resolve("cdrs.csv")).exists();
    }
}
