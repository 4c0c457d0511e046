package com.meterbook.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.prefs.Preferences;

/** Remembers the main window's size, place and maximised state between runs (java.util.prefs). */
public final class WindowState {

    public static final double DEFAULT_WIDTH = 1180;
    public static final double DEFAULT_HEIGHT = 760;

    private final Preferences node;

    public WindowState(Preferences node) {
        this.node = node;
    }

    public double width() {
        return Math.max(640, node.getDouble("width", DEFAULT_WIDTH));
    }

    public double height() {
        return Math.max(480, node.getDouble("height", DEFAULT_HEIGHT));
    }

    /** Places the stage where it was, if that place is still on a screen, and follows its changes. */
    public void restoreAndFollow(Stage stage) {
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, width(), height())).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(node.getBoolean("maximized", false));
        stage.widthProperty().addListener((o, old, now) -> remember(stage, "width", now.doubleValue()));
        stage.heightProperty().addListener((o, old, now) -> remember(stage, "height", now.doubleValue()));
        stage.xProperty().addListener((o, old, now) -> remember(stage, "x", now.doubleValue()));
        stage.yProperty().addListener((o, old, now) -> remember(stage, "y", now.doubleValue()));
        stage.maximizedProperty().addListener((o, old, now) -> node.putBoolean("maximized", now));
    }

    private void remember(Stage stage, String key, double value) {
        if (!stage.isMaximized() && !stage.isIconified() && !Double.isNaN(value)) {
            node.putDouble(key, value);
        }
    }
}
