package com.meterbook.ui.desktop;

import com.meterbook.bench.BenchData;
import com.meterbook.ledger.Ledger;
import com.meterbook.ui.common.LedgerService;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static com.meterbook.ui.desktop.DesktopHarness.await;
import static com.meterbook.ui.desktop.DesktopHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "never frozen" benchmark of docs/PERFORMANCE.md: a generated file of N calls (default 1,000,000)
 * imported from the Import screen through the real path (button, ImportViewModel, FxTaskExecutor,
 * UsageImportJob), while an AnimationTimer on the FX thread measures the gaps between pulses and a
 * listener counts the progress bar's changes. Not part of the normal run (tag {@code bench}):
 * <pre>
 * ./mvnw -q -o verify -Dtest=ImportPulseBenchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dmeterbook.bench.records=1000000] [-Dmeterbook.testJvm="-XX:+UseParallelGC"]
 * cat target/bench/import-pulse.txt
 * </pre>
 */
@Tag("bench")
@Tag("ui")
@Tag("db")
@ExtendWith(ApplicationExtension.class)
class ImportPulseBenchmark {

    private static final int RECORDS = Integer.getInteger("meterbook.bench.records", 1_000_000);
    private static final Path REPORT = Path.of("target", "bench", "import-pulse.txt");

    @TempDir
    static Path folder;
    private static BenchData data;

    private DesktopHarness app;

    @BeforeAll
    static void generate() throws Exception {
        data = BenchData.write(Files.createDirectories(folder.resolve("data")), RECORDS);
    }

    @Start
    void start(Stage stage) throws Exception {
        Ledger ledger = Ledger.open(folder.resolve("ledger"));
        data.loadMasterData(ledger);
        app = new DesktopHarness(stage, ledger, new LedgerService(ledger, Clock.systemUTC(), "bench"), Optional.empty());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void importFromTheScreenWhileWatchingThePulses(FxRobot robot) throws IOException {
        app.dialogs.willChoose(data.cdrs());
        DesktopHarness.awaitNode(robot, "#balancesTable", Duration.ofSeconds(30));
        DesktopHarness.click(robot, "#navImport");
        DesktopHarness.click(robot, "#chooseFiles");
        ProgressBar bar = robot.lookup("#importProgress").query();
        PulseWatch watch = onFx(() -> PulseWatch.start(bar));

        long t0 = System.nanoTime();
        DesktopHarness.click(robot, "#startImport");
        await(Duration.ofMinutes(30), () -> status(robot).startsWith("Done") || status(robot).startsWith("The import stopped"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        PulseWatch.Report report = onFx(watch::stop);

        String summary = onFx(() -> robot.lookup("#importSummary").queryAs(Label.class).getText());
        String text = String.format("""
                records: %,d (%s) in %.1f s, %,d records/s; JVM: %s
                %s
                target (longest gap under 100 ms): %s
                """, RECORDS, summary, seconds, Math.round(RECORDS / seconds),
                String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-X")).toList()),
                report.describe(), report.longestGapMs() < 100 ? "met" : "NOT met");
        System.out.print(text);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text);
        assertThat(status(robot)).startsWith("Done");
    }

    private static String status(FxRobot robot) {
        return onFx(() -> robot.lookup("#importStatus").queryAs(Label.class).getText());
    }
}
