package com.meterbook.ui;

import com.meterbook.ledger.Ledger;
import com.meterbook.ui.common.FxDialogService;
import com.meterbook.ui.common.FxTaskExecutor;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.shell.WindowState;
import com.meterbook.ui.start.SampleData;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.prefs.Preferences;

/**
 * The desktop application. The ledger is opened in {@link #init()}, on the launcher thread, so
 * Flyway and Hibernate never hold up the FX thread; the window then opens on the ledger.
 */
public final class MeterbookApp extends Application {

    private static volatile Path ledgerFolder;

    private Ledger ledger;
    private RuntimeException openFailure;
    private FxTaskExecutor executor;
    private Desktop desktop;

    static void ledgerFolder(Path folder) {
        ledgerFolder = folder;
    }

    @Override
    public void init() {
        try {
            ledger = Ledger.open(ledgerFolder);
        } catch (RuntimeException e) {
            openFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "The ledger in " + ledgerFolder + " could not be opened:\n"
                    + openFailure.getMessage() + "\n\nIs another Meterbook using it?");
            alert.setHeaderText("Meterbook cannot start");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        executor = new FxTaskExecutor(3);
        LedgerService service = new LedgerService(ledger, Clock.systemUTC(), System.getProperty("user.name", "unknown"));
        desktop = Desktop.create(service, executor, new FxDialogService(() -> stage), SampleData.locate(), System::nanoTime);
        WindowState window = new WindowState(Preferences.userNodeForPackage(MeterbookApp.class).node("window"));
        stage.setTitle("Meterbook — " + ledgerFolder);
        stage.setScene(Desktop.scene(desktop.root(), window.width(), window.height()));
        window.restoreAndFollow(stage);
        stage.show();
        desktop.start();
    }

    @Override
    public void stop() {
        if (desktop != null) {
            desktop.close();
        }
        if (executor != null) {
            executor.close();
        }
        if (ledger != null) {
            ledger.close();
        }
    }
}
