package com.meterbook.ui;

import javafx.application.Application;

import java.nio.file.Path;

/** Starts the desktop application on a ledger folder; blocks until the window closes. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(Path ledgerFolder) {
        MeterbookApp.ledgerFolder(ledgerFolder);
        Application.launch(MeterbookApp.class);
    }
}
