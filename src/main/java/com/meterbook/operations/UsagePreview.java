package com.meterbook.operations;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ingest.MappingProfile;
import com.meterbook.ingest.ParsedLine;
import com.meterbook.ingest.SourceFingerprint;
import com.meterbook.ingest.UsageCsvReader;
import com.meterbook.ingest.UsageFormat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first records of a usage file exactly as an import would read them (the same reader, numbers
 * normalised and times in the ledger's zone), or why the whole file would be rejected. Reads only
 * what it shows: a preview of a large file is immediate.
 */
public final class UsagePreview {

    /** The records read, and the rejection of the whole file if there is one (then no records). */
    public record Preview(Path file, UsageFormat format, List<ParsedLine> lines, Optional<String> rejection) {
        public Preview {
            lines = List.copyOf(lines);
        }

        public long badLines() {
            return lines.stream().filter(l -> l instanceof ParsedLine.Invalid).count();
        }
    }

    private UsagePreview() {
    }

    public static Preview read(Path file, UsageFormat format, LedgerSettings settings, int limit) {
        List<ParsedLine> lines = new ArrayList<>();
        try (UsageCsvReader reader = UsageCsvReader.open(SourceFingerprint.peek(file), format, settings.normaliser(), settings.zone())) {
            while (lines.size() < limit && reader.hasNext()) {
                lines.add(reader.next());
            }
        } catch (FileRejectedException e) {
            return new Preview(file, format, List.of(), Optional.of(e.getMessage()));
        } catch (java.io.UncheckedIOException e) {
            // a line too long to be a record: the import would stop there too
            return new Preview(file, format, List.of(), Optional.of(file + ": " + e.getMessage()));
        }
        return new Preview(file, format, lines, Optional.empty());
    }

    /** The first {@code limit} records of a file read through a mapping profile, as its import would read them. */
    public static List<ParsedLine> read(Path file, MappingProfile profile, LedgerSettings settings, int limit) throws FileRejectedException {
        List<ParsedLine> lines = new ArrayList<>();
        try (UsageCsvReader reader = UsageCsvReader.open(SourceFingerprint.peek(file), profile, settings.normaliser(), settings.zone())) {
            while (lines.size() < limit && reader.hasNext()) {
                lines.add(reader.next());
            }
        }
        return lines;
    }

    /** What is wrong with a bad line, naming the line and the field: {@code line 3, field duration: 'abc' is not a number}. */
    public static String problem(ParsedLine.Invalid invalid) {
        return "line " + invalid.line() + (invalid.field() == null ? "" : ", field " + invalid.field()) + ": " + invalid.reason();
    }
}
