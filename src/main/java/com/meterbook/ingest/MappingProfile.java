package com.meterbook.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * How to read a CSV file of no built-in format: which column holds each field, the timestamp pattern and
 * zone, the duration unit, the CSV dialect and the record-id rule. Written as a properties text (see
 * docs/FORMATS.md); {@link #parse} checks it whole and {@link #text()} writes it back in a fixed order.
 */
public record MappingProfile(String name, Kind kind, char delimiter, Character quote, boolean header,
                             Map<ProfileField, String> columns, String pattern, Optional<ZoneId> zone, Unit unit,
                             List<ProfileField> idHash) {

    public enum Kind { CALL, EVENT }

    /** Seconds, milliseconds, minutes, or no duration column: the call lasts from start to end. */
    public enum Unit { S, MS, MIN, END }

    public static final String ISO = "iso";
    private static final Set<String> KEYS = Set.of("kind", "delimiter", "quote", "header", "time.pattern", "time.zone",
            "duration.unit", "id.hash");

    public MappingProfile {
        columns = Map.copyOf(columns);
        idHash = List.copyOf(idHash);
    }

    /** Reads and checks a profile; the message of the exception names the key that is wrong. */
    public static MappingProfile parse(String name, String text) {
        checkName(name);
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the profile cannot be read: " + e.getMessage());
        }
        Map<ProfileField, String> columns = new EnumMap<>(ProfileField.class);
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("column.")) {
                String ref = p.getProperty(key).trim();
                if (!ref.isEmpty()) {
                    columns.put(ProfileField.parse(key.substring(7)), ref);
                }
            } else if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "'");
            }
        }
        Kind kind = choice("kind", p.getProperty("kind", "call"), Kind.class);
        char delimiter = delimiter(p.getProperty("delimiter", ","));
        Character quote = quote(p.getProperty("quote", "\""));
        boolean header = bool(p.getProperty("header", "true"));
        String pattern = p.getProperty("time.pattern", ISO).trim();
        checkPattern(pattern);
        Optional<ZoneId> zone = Optional.ofNullable(p.getProperty("time.zone")).map(String::trim).filter(z -> !z.isEmpty())
                .map(MappingProfile::zone);
        Unit unit = choice("duration.unit", p.getProperty("duration.unit", "s"), Unit.class);
        List<ProfileField> idHash = new ArrayList<>();
        String hash = p.getProperty("id.hash", "").trim();
        if (!hash.isEmpty()) {
            for (String f : hash.split(",")) {
                idHash.add(ProfileField.parse(f));
            }
        }
        MappingProfile profile = new MappingProfile(name.trim(), kind, delimiter, quote, header, columns, pattern, zone, unit, idHash);
        profile.check();
        return profile;
    }

    private void check() {
        if (quote != null && quote == delimiter) {
            throw new IllegalArgumentException("quote and delimiter are the same character");
        }
        List<ProfileField> needed = new ArrayList<>(List.of(ProfileField.START));
        List<ProfileField> unused = new ArrayList<>();
        if (kind == Kind.CALL) {
            needed.add(ProfileField.CALLEE);
            needed.add(unit == Unit.END ? ProfileField.END : ProfileField.DURATION);
            unused.addAll(List.of(ProfileField.SERVICE, ProfileField.QUANTITY, unit == Unit.END ? ProfileField.DURATION : ProfileField.END));
        } else {
            needed.addAll(List.of(ProfileField.ACCOUNT, ProfileField.SERVICE, ProfileField.QUANTITY));
            unused.addAll(List.of(ProfileField.CALLER, ProfileField.CALLEE, ProfileField.DURATION, ProfileField.END));
            if (unit != Unit.S) {
                throw new IllegalArgumentException("duration.unit applies to calls only");
            }
        }
        for (ProfileField f : needed) {
            if (!columns.containsKey(f)) {
                throw new IllegalArgumentException("column." + f.key() + " is missing: a " + kind.name().toLowerCase(Locale.ROOT) + " needs it");
            }
        }
        for (ProfileField f : unused) {
            if (columns.containsKey(f)) {
                throw new IllegalArgumentException("column." + f.key() + " is not used by a " + kind.name().toLowerCase(Locale.ROOT)
                        + (f == ProfileField.END || f == ProfileField.DURATION ? " with duration.unit " + unit.name().toLowerCase(Locale.ROOT) : ""));
            }
        }
        if (columns.containsKey(ProfileField.ID) == !idHash.isEmpty()) {
            throw new IllegalArgumentException("give the record id either as column.id or as id.hash (fields whose text makes the id), one of them");
        }
        for (ProfileField f : idHash) {
            if (f == ProfileField.ID || !columns.containsKey(f)) {
                throw new IllegalArgumentException("id.hash names " + f.key() + ", which has no column");
            }
        }
        for (Map.Entry<ProfileField, String> c : columns.entrySet()) {
            if (!header && number(c.getValue()) < 0) {
                throw new IllegalArgumentException("column." + c.getKey().key() + " is '" + c.getValue()
                        + "': without a header row a column is given by its number (1 is the first)");
            }
        }
    }

    /** A column given by its number from 1, or -1 when it is given by its header name. */
    static int number(String ref) {
        if (!ref.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        try {
            int n = Integer.parseInt(ref);
            if (n < 1) {
                throw new IllegalArgumentException("column number " + ref + ": columns count from 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column number " + ref + " is too large");
        }
    }

    private static void checkName(String name) {
        if (name == null || !name.trim().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("profile name '" + name + "': use 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    private static void checkPattern(String pattern) {
        if (pattern.equals(ISO)) {
            return;
        }
        try {
            DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("time.pattern '" + pattern + "' is not a date-time pattern: " + e.getMessage());
        }
        if (!pattern.matches(".*[yu].*") || !pattern.contains("M") || !pattern.contains("d") || !pattern.matches(".*[Hh].*")) {
            throw new IllegalArgumentException("time.pattern '" + pattern + "' needs a year, month, day and hour (e.g. dd/MM/yyyy HH:mm)");
        }
    }

    private static ZoneId zone(String z) {
        try {
            return ZoneId.of(z);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("time.zone '" + z + "' is not a time zone (e.g. Europe/Berlin)");
        }
    }

    private static <E extends Enum<E>> E choice(String key, String value, Class<E> type) {
        String v = value.trim();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException(key + " '" + v + "' is not one of " + String.join(", ", names));
    }

    private static char delimiter(String v) {
        if (v.equals("tab") || v.equals("\t")) {
            return '\t';
        }
        if (v.length() != 1 || v.equals("\"") || v.equals("\r") || v.equals("\n")) {
            throw new IllegalArgumentException("delimiter '" + v + "' must be one character (or tab)");
        }
        return v.charAt(0);
    }

    private static Character quote(String v) {
        if (v.trim().equals("none")) {
            return null;
        }
        if (v.length() != 1) {
            throw new IllegalArgumentException("quote '" + v + "' must be one character (or none)");
        }
        return v.charAt(0);
    }

    private static boolean bool(String v) {
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IllegalArgumentException("header '" + v.trim() + "' is not true or false");
        };
    }

    /** The zone timestamps without an offset are in: the profile's, else the ledger's. */
    public ZoneId zoneOr(ZoneId ledgerZone) {
        return zone.orElse(ledgerZone);
    }

    /** The profile as properties text, keys in a fixed order: parse(name, text()) gives this profile back. */
    public String text() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("kind", kind.name().toLowerCase(Locale.ROOT));
        out.put("delimiter", delimiter == '\t' ? "tab" : String.valueOf(delimiter));
        out.put("quote", quote == null ? "none" : String.valueOf(quote));
        out.put("header", String.valueOf(header));
        for (ProfileField f : ProfileField.values()) {
            if (columns.containsKey(f)) {
                out.put("column." + f.key(), columns.get(f));
            }
        }
        out.put("time.pattern", pattern);
        zone.ifPresent(z -> out.put("time.zone", z.getId()));
        if (kind == Kind.CALL) {
            out.put("duration.unit", unit.name().toLowerCase(Locale.ROOT));
        }
        if (!idHash.isEmpty()) {
            out.put("id.hash", String.join(",", idHash.stream().map(ProfileField::key).toList()));
        }
        StringBuilder s = new StringBuilder();
        out.forEach((k, v) -> s.append(k).append('=').append(escape(v)).append('\n'));
        return s.toString();
    }

    private static String escape(String v) {
        String e = v.replace("\\", "\\\\");
        return e.startsWith(" ") ? "\\" + e : e;
    }
}
