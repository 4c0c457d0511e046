package com.meterbook.ui.common;

import java.nio.file.Path;
import java.util.List;

/** Dialogs and file choosers, so that view models never build a window and tests can answer for the user. */
public interface DialogService {

    void showError(String title, String message);

    /** The files the user chose, empty when the chooser was closed. */
    List<Path> chooseFiles(String title, Path initialFolder);

    /** Asks a yes-or-no question; true only when the user said yes. */
    default boolean confirm(String title, String message) {
        return false;
    }

    /** Where to write a new file, empty when the chooser was closed. */
    default java.util.Optional<Path> chooseSaveFile(String title, String initialName) {
        return java.util.Optional.empty();
    }

    /** A folder the user chose, empty when the chooser was closed. */
    default java.util.Optional<Path> chooseFolder(String title, Path initialFolder) {
        return java.util.Optional.empty();
    }
}
