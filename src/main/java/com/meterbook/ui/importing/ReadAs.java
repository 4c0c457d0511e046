package com.meterbook.ui.importing;

import com.meterbook.ingest.UsageFormat;

import java.util.Objects;

/**
 * How the import reads a file: the format told from its first lines ({@link #AUTO}), a built-in
 * format the user chose, or a saved mapping profile (by name; its definition is read when the
 * preview or the import needs it, so a profile saved meanwhile is the one used).
 */
public record ReadAs(Kind kind, UsageFormat format, String profile) {

    public enum Kind { AUTO, FORMAT, PROFILE }

    public static final ReadAs AUTO = new ReadAs(Kind.AUTO, null, null);

    public ReadAs {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.FORMAT) {
            Objects.requireNonNull(format, "format");
        }
        if (kind == Kind.PROFILE) {
            Objects.requireNonNull(profile, "profile");
        }
    }

    public static ReadAs format(UsageFormat format) {
        return new ReadAs(Kind.FORMAT, format, null);
    }

    public static ReadAs profile(String name) {
        return new ReadAs(Kind.PROFILE, null, name);
    }

    /** What the choice list shows. */
    public String label() {
        return switch (kind) {
            case AUTO -> "Auto-detect";
            case FORMAT -> format.cliName();
            case PROFILE -> "Profile: " + profile;
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
