package com.meterbook.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Answers file choosers from a queue and records the errors it was asked to show. */
public final class FakeDialogService implements DialogService {

    private final Deque<List<Path>> choices = new ArrayDeque<>();
    private final List<String> errors = new ArrayList<>();
    private final Deque<Path> saveChoices = new ArrayDeque<>();

    private final Deque<Path> folderChoices = new ArrayDeque<>();

    public FakeDialogService willChooseFolder(Path folder) {
        folderChoices.add(folder);
        return this;
    }

    @Override
    public synchronized java.util.Optional<Path> chooseFolder(String title, Path initialFolder) {
        return java.util.Optional.ofNullable(folderChoices.poll());
    }

    public FakeDialogService willSaveTo(Path file) {
        saveChoices.add(file);
        return this;
    }

    @Override
    public synchronized java.util.Optional<Path> chooseSaveFile(String title, String initialName) {
        return java.util.Optional.ofNullable(saveChoices.poll());
    }

    private final Deque<Boolean> answers = new ArrayDeque<>();
    private final List<String> questions = new ArrayList<>();

    /** The answer to the next {@link #confirm} question. */
    public FakeDialogService willAnswer(boolean yes) {
        answers.add(yes);
        return this;
    }

    public synchronized List<String> questions() {
        return List.copyOf(questions);
    }

    @Override
    public synchronized boolean confirm(String title, String message) {
        questions.add(title + ": " + message);
        return Boolean.TRUE.equals(answers.poll());
    }

    public FakeDialogService willChoose(Path... files) {
        choices.add(List.of(files));
        return this;
    }

    public List<String> errors() {
        return errors;
    }

    @Override
    public synchronized void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public synchronized List<Path> chooseFiles(String title, Path initialFolder) {
        return choices.isEmpty() ? List.of() : choices.poll();
    }
}
