package com.meterbook.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/** Loads a view's FXML from the view's own package path under resources, with the view as controller. */
public final class Fxml {

    private Fxml() {
    }

    public static Parent load(Object view, String file) {
        URL url = view.getClass().getResource(file);
        if (url == null) {
            throw new IllegalStateException("no FXML " + file + " beside " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url + ": " + e.getMessage(), e);
        }
    }
}
