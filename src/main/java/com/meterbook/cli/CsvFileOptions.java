package com.meterbook.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** What every CSV export takes: the file it writes, and whether the file starts with a byte order mark for Excel. */
final class CsvFileOptions {
    @Option(names = "--out", required = true, paramLabel = "F")
    Path out;
    @Option(names = "--bom", description = "start the file with a UTF-8 byte order mark, for Excel")
    boolean bom;
}
