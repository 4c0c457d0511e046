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
 * One file to import: the format detected from its first lines, which the user may override. A file
 * whose format cannot be told (ambiguous) has none until the user chooses; one that is no format's is
 * read as generic, as the command line does, so its preview says why it would be rejected.
 */
public final class ImportFile {

    private final Path path;
    private final ObjectProperty<UsageFormat> format = new SimpleObjectProperty<>(this, "format");
    private final ReadOnlyStringWrapper detected = new ReadOnlyStringWrapper(this, "detected", "detecting…");
    private final StringBinding formatText = Bindings.createStringBinding(
            () -> format.get() == null ? "choose a format" : format.get().cliName(), format);

    public ImportFile(Path path) {
        this.path = path;
    }

    void detected(Detection detection) {
        if (detection.ambiguous()) {
            detected.set("ambiguous: " + detection.reason());
            format.set(null);
        } else if (detection.format().isEmpty()) {
            detected.set("unknown (" + detection.reason() + "): read as generic");
            format.set(UsageFormat.GENERIC);
        } else {
            detected.set(detection.describe());
            format.set(detection.format().get());
        }
    }

    public Path path() {
        return path;
    }

    public String name() {
        return path.getFileName().toString();
    }

    public ObjectProperty<UsageFormat> formatProperty() {
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
