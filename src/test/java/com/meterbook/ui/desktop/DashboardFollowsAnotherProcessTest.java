package com.meterbook.ui.desktop;

import com.meterbook.testing.ChildCli;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.Desktop;
import com.meterbook.ui.common.FakeDialogService;
import com.meterbook.ui.common.FxTaskExecutor;
import com.meterbook.ui.common.IntPreference;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.LedgerWatcher;
import com.meterbook.ui.common.MemoryPreferences;
import com.meterbook.ui.common.UiFixtures;
import com.meterbook.ui.dashboard.DashboardViewModel;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger is open in this JVM, as the desktop app holds it; a command line import runs in a child
 * JVM (H2's mixed mode). The dashboard's view model, with the real FX executor and the app's poll,
 * shows the new pending charges within 2 seconds of the child finishing.
 */
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class DashboardFollowsAnotherProcessTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private FxTaskExecutor executor;
    private LedgerWatcher watcher;
    private DashboardViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        LedgerService service = new LedgerService(ledger.ledger(), Clock.systemUTC(), "test");
        executor = new FxTaskExecutor(3);
        watcher = new LedgerWatcher(service, executor);
        model = new DashboardViewModel(service, executor, new FakeDialogService(), watcher.stampProperty(),
                new IntPreference(new MemoryPreferences(), "staleAfterMinutes", 5, 1, 1440));
        model.setActive(true);
        watcher.start(Desktop.POLL);
    }

    @AfterEach
    void close() {
        onFx(() -> {
            model.setActive(false);
            watcher.close();
            return null;
        });
        executor.close();
        ledger.close();
    }

    @Test
    void aCommandLineImportInAnotherProcessShowsWithinTwoSeconds() throws Exception {
        await(Duration.ofSeconds(20), () -> "RM 0.00".equals(model.pendingTotalProperty().get()) && !model.loadingProperty().get());
        assertThat(onFx(() -> model.liveTextProperty().get())).isEqualTo("STALE");
        Path calls = ledger.write("arriving.csv", SmallOperator.file(UiFixtures.calls(1, 10)));
        Path log = folder.resolve("child.log");

        Process child = ChildCli.start(ledger.ledger().folder(), log, "usage", "import", calls.toString());
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child finished").isTrue();
        long finished = System.nanoTime();
        assertThat(child.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("imported 10, duplicates 0, exceptions 0");

        await(Duration.ofSeconds(2), () -> "RM 1.20".equals(model.pendingTotalProperty().get()),
                () -> "pending " + model.pendingTotalProperty().get() + " after " + (System.nanoTime() - finished) / 1_000_000 + " ms");
        long tookMillis = (System.nanoTime() - finished) / 1_000_000;
        assertThat(tookMillis).isLessThan(2_000);
        assertThat(onFx(() -> model.rows().getFirst().state())).isEqualTo("Invoice");
        assertThat(onFx(() -> model.ratedTodayProperty().get())).isEqualTo("10");
        await(Duration.ofSeconds(2), () -> "LIVE".equals(model.liveTextProperty().get()));
        assertThat(onFx(() -> model.lastRecordProperty().get())).matches("Last record \\d+ s ago");
    }
}
