package com.meterbook.ui.common;

import java.nio.file.Path;
import java.util.List;

/** Dialogs and file choosers, so that view models never build a window and tests can answer for the user. */
public interface DialogService {

    void showError(String title, String message);

    /** The files the user chose, empty when the chooser was closed. */
    List<Path> chooseFiles(String title, Path initialFolder);
}
