package com.meterbook.ui.importing;

import com.meterbook.ingest.FormatDetector.Detection;
import com.meterbook.ingest.UsageFormat;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;

/**
 * One file to import: the format detected from its first lines, which the user may override with
 * another format or a saved mapping profile ({@link ReadAs}). A file whose format cannot be told
 * (ambiguous) has none until the user chooses; one that is no format's is read as generic, as the
 * command line does, so its preview says why it would be rejected. {@link #formatProperty()} is the
 * built-in format the file is read in (none when it is read through a profile).
 */
public final class ImportFile {

    private final Path path;
    private final ObjectProperty<UsageFormat> format = new SimpleObjectProperty<>(this, "format");
    private final ObjectProperty<ReadAs> readAs = new SimpleObjectProperty<>(this, "readAs", ReadAs.AUTO);
    private UsageFormat detectedFormat;
    private final ReadOnlyStringWrapper detected = new ReadOnlyStringWrapper(this, "detected", "detecting…");
    private final StringBinding formatText = Bindings.createStringBinding(() -> readAs.get().kind() == ReadAs.Kind.PROFILE
            ? "profile:" + readAs.get().profile() : format.get() == null ? "choose a format" : format.get().cliName(), format, readAs);

    public ImportFile(Path path) {
        this.path = path;
        readAs.addListener((o, old, now) -> format.set(effective()));
    }

    private UsageFormat effective() {
        ReadAs r = readAs.get();
        return r == null ? null : switch (r.kind()) {
            case AUTO -> detectedFormat;
            case FORMAT -> r.format();
            case PROFILE -> null;
        };
    }

    /** The profile the file is read through, or null. */
    public String profile() {
        ReadAs r = readAs.get();
        return r != null && r.kind() == ReadAs.Kind.PROFILE ? r.profile() : null;
    }

    /** Whether the import knows how to read the file. */
    public boolean ready() {
        return format.get() != null || profile() != null;
    }

    public ObjectProperty<ReadAs> readAsProperty() {
        return readAs;
    }

    void detected(Detection detection) {
        if (detection.ambiguous()) {
            detected.set("ambiguous: " + detection.reason());
            detectedFormat = null;
        } else if (detection.format().isEmpty()) {
            detected.set("unknown (" + detection.reason() + "): read as generic");
            detectedFormat = UsageFormat.GENERIC;
        } else {
            detected.set(detection.describe());
            detectedFormat = detection.format().get();
        }
        format.set(effective());
    }

    public Path path() {
        return path;
    }

    public String name() {
        return path.getFileName().toString();
    }

    public javafx.beans.property.ReadOnlyObjectProperty<UsageFormat> formatProperty() {
        return format;
    }

    public ReadOnlyStringProperty detectedProperty() {
        return detected.getReadOnlyProperty();
    }

    public StringBinding formatText() {
        return formatText;
    }

    @Override
    public String toString() {
        return name();
    }
}
