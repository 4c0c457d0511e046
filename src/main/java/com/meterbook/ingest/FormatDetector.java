package com.meterbook.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a usage file's format from its first records, read as {@link UsageCsvReader} reads them.
 * <ol>
 * <li>A first record that is a format's header (generic, events, readings) names that format. A first
 * record made of words only, of which at least half are one format's column names, also names it: the
 * reader then rejects the file and says how the header differs.</li>
 * <li>Otherwise each of the first records votes: 16 to 18 fields with an Asterisk disposition
 * ({@code ANSWERED}, {@code NO ANSWER}, {@code BUSY}, {@code FAILED}, {@code CONGESTION}) in the 15th
 * for {@code asterisk}; 15 fields with a timestamp as the 5th (start_stamp) and a uuid in the 11th for
 * {@code freeswitch}. Votes for one format only name it.</li>
 * <li>Votes for both, or records 15 to 18 fields wide that vote for neither, are ambiguous; anything
 * else (an empty or binary file, an unknown header, data without a header) is unknown.</li>
 * </ol>
 */
public final class FormatDetector {

    /** How many records are looked at. */
    public static final int SAMPLE = 20;

    private static final Set<String> DISPOSITIONS = Set.of("ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}.*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z_ ]*");

    /** What was found: a format and why, or why none. */
    public record Detection(Path file, Optional<UsageFormat> format, Outcome outcome, String reason) {

        public enum Outcome { HEADER, SHAPE, AMBIGUOUS, UNKNOWN }

        public boolean ambiguous() {
            return outcome == Outcome.AMBIGUOUS;
        }

        /** One line for people: {@code asterisk (no header; 18 fields, disposition ANSWERED)}. */
        public String describe() {
            return format.map(f -> f.cliName() + " (" + reason + ")").orElse(reason);
        }
    }

    private FormatDetector() {
    }

    public static Detection detect(Path file) {
        List<List<String>> records;
        try {
            if (SourceFingerprint.peek(file).binary()) {
                return unknown(file, "binary, not CSV text");
            }
            records = firstRecords(file);
        } catch (FileRejectedException e) {
            // the message is "FILE: why"; the file is named by the detection already
            return unknown(file, "cannot be read: " + e.getMessage().substring(String.valueOf(file).length() + 2));
        } catch (IOException | UncheckedIOException e) {
            return unknown(file, "cannot be read: " + e.getMessage());
        }
        if (records.isEmpty()) {
            return unknown(file, "empty");
        }
        List<String> first = records.getFirst().stream().map(String::trim).toList();
        for (UsageFormat f : UsageFormat.values()) {
            if (f.hasHeader() && first.equals(f.columns())) {
                return new Detection(file, Optional.of(f), Detection.Outcome.HEADER, "header");
            }
        }
        if (first.stream().allMatch(v -> WORD.matcher(v).matches())) {
            return resemblingHeader(file, first);
        }
        return byShape(file, records);
    }

    private static Detection resemblingHeader(Path file, List<String> first) {
        List<String> lower = first.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        UsageFormat best = null;
        long bestCount = 0;
        for (UsageFormat f : UsageFormat.values()) {
            long count = f.hasHeader() ? f.columns().stream().filter(lower::contains).count() : 0;
            if (count * 2 >= f.columns().size() && count > bestCount) {
                best = f;
                bestCount = count;
            }
        }
        return best == null
                ? unknown(file, "header '" + String.join(",", first) + "' is no format's")
                : new Detection(file, Optional.of(best), Detection.Outcome.HEADER, "header resembles " + best.cliName() + "'s");
    }

    private static Detection byShape(Path file, List<List<String>> records) {
        Map<UsageFormat, Integer> votes = new EnumMap<>(UsageFormat.class);
        String disposition = null;
        boolean switchWide = false;
        for (List<String> r : records) {
            switchWide |= r.size() >= 15 && r.size() <= 18;
            if (r.size() >= 16 && r.size() <= 18 && DISPOSITIONS.contains(r.get(14).trim().toUpperCase(Locale.ROOT))) {
                votes.merge(UsageFormat.ASTERISK, 1, Integer::sum);
                disposition = disposition == null ? r.get(14).trim() : disposition;
            } else if (r.size() == 15 && TIMESTAMP.matcher(r.get(4).trim()).matches() && !r.get(10).isBlank()) {
                votes.merge(UsageFormat.FREESWITCH, 1, Integer::sum);
            }
        }
        if (votes.size() > 1) {
            return new Detection(file, Optional.empty(), Detection.Outcome.AMBIGUOUS,
                    "lines of both asterisk and freeswitch shapes");
        }
        if (votes.containsKey(UsageFormat.ASTERISK)) {
            return new Detection(file, Optional.of(UsageFormat.ASTERISK), Detection.Outcome.SHAPE,
                    "no header; " + records.getFirst().size() + " fields, disposition " + disposition);
        }
        if (votes.containsKey(UsageFormat.FREESWITCH)) {
            return new Detection(file, Optional.of(UsageFormat.FREESWITCH), Detection.Outcome.SHAPE,
                    "no header; 15 fields, start_stamp and uuid");
        }
        if (switchWide) {
            return new Detection(file, Optional.empty(), Detection.Outcome.AMBIGUOUS,
                    "no header; 15 to 18 fields but neither an Asterisk disposition nor a FreeSWITCH start_stamp");
        }
        return unknown(file, "no header and no switch format's shape");
    }

    private static Detection unknown(Path file, String reason) {
        return new Detection(file, Optional.empty(), Detection.Outcome.UNKNOWN, reason);
    }

    /** Up to {@link #SAMPLE} records, with the reader's decoding, byte-order mark and quoting. */
    private static List<List<String>> firstRecords(Path file) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (BufferedReader reader = TextInput.open(file)) {
            try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
                for (CSVRecord r : parser) {
                    records.add(r.toList());
                    if (records.size() == SAMPLE) {
                        break;
                    }
                }
            } catch (UncheckedIOException e) {
                // a quote that never closes, or a line too long to be a record: what was read before it still counts
            }
        }
        return records;
    }
}
