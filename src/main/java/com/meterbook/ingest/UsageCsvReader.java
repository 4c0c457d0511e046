package com.meterbook.ingest;

import com.meterbook.domain.NumberNormaliser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streams a usage file record by record with physical line numbers (the header is line 1; a record
 * spanning lines has the number of its first line). A file that is binary, empty or has the wrong
 * header is rejected whole; a bad record becomes an {@link ParsedLine.Invalid} and reading goes on.
 */
public final class UsageCsvReader implements Iterator<ParsedLine>, AutoCloseable {

    private final Path file;
    private final UsageFormat format;
    private final RecordMapper mapper;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long linesBefore;
    private boolean failed;
    private boolean broken;

    private UsageCsvReader(Path file, UsageFormat format, RecordMapper mapper, CSVParser parser) {
        this.file = file;
        this.format = format;
        this.mapper = mapper;
        this.parser = parser;
        this.records = parser.iterator();
    }

    public static UsageCsvReader open(SourceFingerprint source, UsageFormat format, NumberNormaliser numbers, ZoneId zone)
            throws FileRejectedException {
        Path file = source.path();
        if (source.binary()) {
            throw new FileRejectedException(file, "is a binary file, not CSV text");
        }
        if (source.size() == 0) {
            throw new FileRejectedException(file, format.hasHeader() ? "is empty: no header row" : "is empty");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
            UsageCsvReader r = new UsageCsvReader(file, format, new RecordMapper(format, numbers, zone), parser);
            if (format.hasHeader()) {
                r.checkHeader();
            }
            return r;
        } catch (IOException e) {
            throw new FileRejectedException(file, "cannot be read: " + e.getMessage());
        }
    }

    private void checkHeader() throws FileRejectedException {
        CSVRecord header;
        try {
            if (!records.hasNext()) {
                throw new FileRejectedException(file, "is empty: no header row");
            }
            header = records.next();
        } catch (UncheckedIOException e) {
            throw new FileRejectedException(file, 1, null, "header row cannot be read: " + e.getMessage());
        }
        List<String> found = header.toList().stream().map(String::trim).toList();
        if (!found.equals(format.columns())) {
            throw new FileRejectedException(file, 1, null, "header is '" + String.join(",", found) + "' but format "
                    + format.cliName() + " needs '" + String.join(",", format.columns()) + "'");
        }
        linesBefore = parser.getCurrentLineNumber();
    }

    @Override
    public boolean hasNext() {
        if (broken) {
            return false;
        }
        if (failed) {
            return true;
        }
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            // the parser read to the end of the file inside an open quote: that record is the last
            failed = true;
            return true;
        }
    }

    @Override
    public ParsedLine next() {
        long line = linesBefore + 1;
        CSVRecord record;
        try {
            if (failed || !records.hasNext()) {
                if (!failed) {
                    throw new NoSuchElementException();
                }
                throw new UncheckedIOException(new java.io.EOFException("unclosed quote"));
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            broken = true;
            return new ParsedLine.Invalid(line, "", null, null, "record cannot be read to its end (a quote is never closed)");
        }
        linesBefore = parser.getCurrentLineNumber();
        return mapper.map(line, record);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
