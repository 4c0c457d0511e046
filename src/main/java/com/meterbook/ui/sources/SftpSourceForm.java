package com.meterbook.ui.sources;

import com.meterbook.operations.PullSources;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The fields of a new SFTP source and what is wrong with them, checked on every change by the same
 * rules as {@code sources add-sftp} ({@link PullSources.NewSftpSource}) plus a name not yet taken and
 * a key file that exists. The password is held only until the source is saved (sealed by then).
 */
public final class SftpSourceForm {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "22");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final BooleanProperty useKey = new SimpleBooleanProperty(this, "useKey", false);
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty keyFile = new SimpleStringProperty(this, "keyFile", "");
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "/");
    private final StringProperty pattern = new SimpleStringProperty(this, "pattern", "*.csv");
    private final StringProperty every = new SimpleStringProperty(this, "every", "15");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Supplier<Collection<String>> taken;

    public SftpSourceForm(Supplier<Collection<String>> taken) {
        this.taken = taken;
        for (Observable o : new Observable[]{name, host, port, user, useKey, password, keyFile, folder, pattern, every}) {
            o.addListener(x -> check());
        }
        check();
    }

    /** Empties the form for another source. */
    public void clear() {
        name.set("");
        host.set("");
        port.set("22");
        user.set("");
        useKey.set(false);
        password.set("");
        keyFile.set("");
        folder.set("/");
        pattern.set("*.csv");
        every.set("15");
    }

    private void check() {
        try {
            source();
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
    }

    /** The source the fields describe, or an exception saying what is wrong first. */
    public PullSources.NewSftpSource source() {
        String n = name.get().strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("give the source a name");
        }
        if (taken.get().contains(n)) {
            throw new IllegalArgumentException("a source named " + n + " exists already");
        }
        int p = number(port.get(), "the port");
        int minutes = number(every.get(), "the schedule (minutes)");
        Optional<Path> key = Optional.empty();
        Optional<String> pw = Optional.empty();
        if (useKey.get()) {
            if (keyFile.get().isBlank()) {
                throw new IllegalArgumentException("choose the private key file");
            }
            key = Optional.of(Path.of(keyFile.get().strip()));
            if (!Files.isRegularFile(key.get())) {
                throw new IllegalArgumentException("no key file " + key.get());
            }
        } else {
            if (password.get().isEmpty()) {
                throw new IllegalArgumentException("give the password (it is stored encrypted)");
            }
            pw = Optional.of(password.get());
        }
        return new PullSources.NewSftpSource(n, host.get().strip(), p, user.get().strip(), key, pw, folder.get().strip(),
                pattern.get().strip(), minutes);
    }

    private static int number(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number");
        }
    }

    public boolean valid() {
        return problem.get().isEmpty();
    }

    /** What is wrong, or empty when the source can be added. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty userProperty() {
        return user;
    }

    public BooleanProperty useKeyProperty() {
        return useKey;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty keyFileProperty() {
        return keyFile;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty patternProperty() {
        return pattern;
    }

    public StringProperty everyProperty() {
        return every;
    }
}
