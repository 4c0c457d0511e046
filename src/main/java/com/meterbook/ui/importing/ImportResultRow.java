package com.meterbook.ui.importing;

/** One file's line in the import summary. */
public record ImportResultRow(String file, String format, String imported, String duplicates, String exceptions,
                              String outcome) {
}
