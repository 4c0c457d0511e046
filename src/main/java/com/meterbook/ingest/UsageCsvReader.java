package com.meterbook.ingest;

import com.meterbook.domain.NumberNormaliser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Streams a usage file record by record with physical line numbers (the header is line 1; a record
 * spanning lines has the number of its first line). A file that is binary, empty or has the wrong
 * header is rejected whole; a bad record becomes an {@link ParsedLine.Invalid} and reading goes on.
 */
public final class UsageCsvReader implements Iterator<ParsedLine>, AutoCloseable {

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private LineMapper mapper;
    private long linesBefore;
    private boolean failed;
    private boolean broken;

    private UsageCsvReader(Path file, CSVParser parser) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
    }

    public static UsageCsvReader open(SourceFingerprint source, UsageFormat format, NumberNormaliser numbers, ZoneId zone)
            throws FileRejectedException {
        UsageCsvReader r = openParser(source, CSVFormat.RFC4180, format.hasHeader() ? "is empty: no header row" : "is empty");
        try {
            if (format.hasHeader()) {
                List<String> found = r.header();
                if (!found.equals(format.columns())) {
                    throw new FileRejectedException(r.file, 1, null, "header is '" + String.join(",", found) + "' but format "
                            + format.cliName() + " needs '" + String.join(",", format.columns()) + "'");
                }
            }
        } catch (FileRejectedException e) {
            r.close();
            throw e;
        }
        r.mapper = new RecordMapper(format, numbers, zone);
        return r;
    }

    /**
     * Reads a file through a mapping profile: the same line numbers, BOM, CRLF and unclosed-quote handling
     * as a built-in format, with the profile's delimiter, quote and columns (named columns found in the header).
     */
    public static UsageCsvReader open(SourceFingerprint source, MappingProfile profile, NumberNormaliser numbers, ZoneId zone)
            throws FileRejectedException {
        CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(profile.delimiter()).setQuote(profile.quote()).get();
        UsageCsvReader r = openParser(source, csv, profile.header() ? "is empty: no header row" : "is empty");
        Map<ProfileField, Integer> index = new EnumMap<>(ProfileField.class);
        try {
            List<String> found = profile.header() ? r.header() : List.of();
            for (Map.Entry<ProfileField, String> c : profile.columns().entrySet()) {
                int number = MappingProfile.number(c.getValue());
                int at = number > 0 ? number - 1 : found.indexOf(c.getValue());
                if (at < 0) {
                    throw new FileRejectedException(r.file, 1, null, "header has no column '" + c.getValue() + "' (column."
                            + c.getKey().key() + " of profile " + profile.name() + "); it has '" + String.join(",", found) + "'");
                }
                index.put(c.getKey(), at);
            }
        } catch (FileRejectedException e) {
            r.close();
            throw e;
        }
        r.mapper = new ProfileMapper(profile, index, numbers, zone);
        return r;
    }

    private static UsageCsvReader openParser(SourceFingerprint source, CSVFormat csv, String emptyMessage) throws FileRejectedException {
        Path file = source.path();
        if (source.binary()) {
            throw new FileRejectedException(file, source.binaryReason());
        }
        if (source.size() == 0) {
            throw new FileRejectedException(file, emptyMessage);
        }
        try {
            BufferedReader reader = TextInput.open(file);
            return new UsageCsvReader(file, csv.builder().setIgnoreEmptyLines(true).get().parse(reader));
        } catch (IOException e) {
            throw new FileRejectedException(file, "cannot be read: " + e.getMessage());
        }
    }

    /** Reads the header row: its names, trimmed. */
    private List<String> header() throws FileRejectedException {
        CSVRecord header;
        try {
            if (!records.hasNext()) {
                throw new FileRejectedException(file, "is empty: no header row");
            }
            header = records.next();
        } catch (UncheckedIOException e) {
            if (TextInput.lineTooLong(e).isPresent()) {
                throw new FileRejectedException(file, TextInput.lineTooLong(e).get().getMessage());
            }
            throw new FileRejectedException(file, 1, null, "header row cannot be read: a quote is never closed");
        }
        linesBefore = parser.getCurrentLineNumber();
        return header.toList().stream().map(String::trim).toList();
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
            stopIfTooLong(e);
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
            stopIfTooLong(e);
            broken = true;
            return new ParsedLine.Invalid(line, "", null, null, "record cannot be read to its end (a quote is never closed)");
        }
        long after = parser.getCurrentLineNumber();
        // blank lines before the record are skipped by the parser: its first line is where it ends, less the
        // line breaks inside its quoted fields (a last line without a line end is not counted by the parser)
        // (a record that moved the parser by at most one line has neither, and is not scanned)
        line = after - linesBefore <= 1 ? line : Math.max(line, after - breaksIn(record));
        linesBefore = after;
        return bounded(mapper.map(line, record));
    }

    /** A record with a field longer than the ledger keeps becomes an invalid line naming that field. */
    private static ParsedLine bounded(ParsedLine mapped) {
        if (!(mapped instanceof ParsedLine.Parsed parsed)) {
            return mapped;
        }
        return parsed.record().overlongField()
                .<ParsedLine>map(f -> new ParsedLine.Invalid(parsed.line(), parsed.raw(),
                        parsed.record().recordId().length() > com.meterbook.domain.UsageRecord.MAX_RECORD_ID ? null : parsed.record().recordId(),
                        f.field(), f.reason()))
                .orElse(mapped);
    }

    /** Line breaks inside a record's fields (CRLF, LF or a lone CR each count once, as the parser counts lines). */
    private static long breaksIn(CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n')) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    /** A line too long to be a record stops the file: the import keeps its whole chunks and says which line. */
    private void stopIfTooLong(UncheckedIOException e) {
        TextInput.lineTooLong(e).ifPresent(tooLong -> {
            broken = true;
            throw new UncheckedIOException(tooLong.getMessage(), tooLong);
        });
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
