package com.meterbook.ingest;

import java.nio.file.Path;

/** A file rejected whole; the message names the file and, where it applies, the line and field. */
public final class FileRejectedException extends Exception {

    public FileRejectedException(Path file, long line, String field, String reason) {
        super(describe(file, line, field, reason));
    }

    public FileRejectedException(Path file, String reason) {
        this(file, 0, null, reason);
    }

    private static String describe(Path file, long line, String field, String reason) {
        StringBuilder s = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            s.append(": line ").append(line);
        }
        if (field != null) {
            s.append(": field ").append(field);
        }
        return s.append(": ").append(reason).toString();
    }
}
