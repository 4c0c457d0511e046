package com.meterbook.ui.desktop;

import com.meterbook.ledger.Ledger;
import com.meterbook.ui.Desktop;
import com.meterbook.ui.common.FakeDialogService;
import com.meterbook.ui.common.FxTaskExecutor;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.MemoryPreferences;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The desktop on a ledger in a TestFX stage, with a real FX executor and a fake dialog service. */
final class DesktopHarness implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    final Ledger ledger;
    final LedgerService service;
    final FakeDialogService dialogs = new FakeDialogService();
    final FxTaskExecutor executor = new FxTaskExecutor(3);
    final Desktop desktop;
    final Stage stage;

    DesktopHarness(Stage stage, Ledger ledger, LedgerService service, Optional<Path> sample) {
        this.stage = stage;
        this.ledger = ledger;
        this.service = service;
        this.desktop = Desktop.create(service, executor, dialogs, sample, System::nanoTime, new MemoryPreferences());
        stage.setScene(Desktop.scene(desktop.root(), 1180, 760));
        stage.setTitle("Meterbook (test)");
        stage.show();
        desktop.start();
    }

    /** Waits, without sleeping, until {@code condition} holds when asked on the FX thread. */
    static void await(Duration deadline, BooleanSupplier condition) {
        await(deadline, condition, null);
    }

    /** As {@link #await(Duration, BooleanSupplier)}, saying what was seen when the deadline passes. */
    static void await(Duration deadline, BooleanSupplier condition, java.util.function.Supplier<String> diagnosis) {
        try {
            WaitForAsyncUtils.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not within " + deadline + (diagnosis == null ? "" : ": " + diagnosis.get()), e);
        }
    }

    /** The node of {@code query} once it is shown, visible and enabled, with the FX events before it handled. */
    static <T extends javafx.scene.Node> T awaitNode(org.testfx.api.FxRobot robot, String query, Duration deadline) {
        await(deadline, () -> robot.lookup(query).tryQuery()
                .filter(n -> n.isVisible() && !n.isDisabled() && n.getScene() != null && n.getScene().getWindow().isShowing())
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).query();
    }

    /** Clicks the node of {@code query} once it can be clicked. */
    static void click(org.testfx.api.FxRobot robot, String query) {
        javafx.scene.Node node = awaitNode(robot, query, Duration.ofSeconds(10));
        robot.clickOn(node);
    }

    /** A value read on the FX thread. */
    static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    long storedRecords() {
        return ledger.inTransaction(s -> s.createNativeQuery("select count(*) from usage_record", Long.class).getSingleResult());
    }

    /** Writes the window as docs/screenshots/{name}.png when -Dmeterbook.screenshots=true. */
    void screenshot(String name) {
        if (!Boolean.getBoolean("meterbook.screenshots")) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = onFx(() -> {
            Scene scene = stage.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(out, "png", SCREENSHOTS.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        onFx(() -> {
            desktop.close();
            return null;
        });
        executor.close();
        ledger.close();
    }
}
