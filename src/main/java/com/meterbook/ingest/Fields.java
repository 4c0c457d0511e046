package com.meterbook.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Typed reading of CSV fields with the contract's rules and messages that name the field. */
public final class Fields {

    private Fields() {
    }

    public static String required(String field, String value) throws FieldException {
        checkEncoding(field, value);
        if (value == null || value.isBlank()) {
            throw new FieldException(field, "is empty");
        }
        return value.trim();
    }

    public static String optional(String field, String value) throws FieldException {
        checkEncoding(field, value);
        return value == null ? "" : value.trim();
    }

    /** A plain decimal number, not negative. */
    public static BigDecimal quantity(String field, String value) throws FieldException {
        String v = required(field, value);
        BigDecimal number;
        try {
            number = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new FieldException(field, "'" + v + "' is not a number");
        }
        if (number.signum() < 0) {
            throw new FieldException(field, "'" + v + "' is negative");
        }
        return number;
    }

    public static BigDecimal decimalOr(String field, String value, BigDecimal fallback) throws FieldException {
        String v = optional(field, value);
        return v.isEmpty() ? fallback : quantity(field, v);
    }

    public static LocalDate date(String field, String value) throws FieldException {
        String v = required(field, value);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw new FieldException(field, "'" + v + "' is not a date (YYYY-MM-DD)");
        }
    }

    public static LocalTime time(String field, String value) throws FieldException {
        String v = required(field, value);
        try {
            return LocalTime.parse(v);
        } catch (DateTimeException e) {
            throw new FieldException(field, "'" + v + "' is not a time (HH:MM)");
        }
    }

    /**
     * {@code YYYY-MM-DDTHH:MM[:SS[.fraction]]}, a space allowed for {@code T}, with an optional
     * {@code Z}, {@code +HH:MM} or {@code -HH:MM}; without an offset the time is local in {@code zone}
     * and resolves as {@link ZonedDateTime#of} does in a gap or overlap.
     */
    public static Instant timestamp(String field, String value, ZoneId zone) throws FieldException {
        String v = required(field, value);
        try {
            return parseTimestamp(v, zone);
        } catch (DateTimeException | IndexOutOfBoundsException | NumberFormatException e) {
            throw new FieldException(field, "'" + v + "' is not a timestamp (YYYY-MM-DD HH:MM[:SS])");
        }
    }

    static Instant parseTimestamp(String v, ZoneId zone) {
        int n = v.length();
        if (n < 16 || v.charAt(4) != '-' || v.charAt(7) != '-' || (v.charAt(10) != 'T' && v.charAt(10) != ' ') || v.charAt(13) != ':') {
            throw new DateTimeException("layout");
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        int hour = digits(v, 11, 13);
        int minute = digits(v, 14, 16);
        int second = 0;
        int nano = 0;
        int i = 16;
        if (i < n && v.charAt(i) == ':') {
            second = digits(v, i + 1, i + 3);
            i += 3;
            if (i < n && v.charAt(i) == '.') {
                int start = ++i;
                while (i < n && Character.isDigit(v.charAt(i))) {
                    i++;
                }
                int len = i - start;
                if (len == 0 || len > 9) {
                    throw new DateTimeException("fraction");
                }
                nano = digits(v, start, i);
                for (int k = len; k < 9; k++) {
                    nano *= 10;
                }
            }
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
        if (i == n) {
            return ZonedDateTime.of(local, zone).toInstant();
        }
        String offset = v.substring(i);
        if (offset.equals("Z")) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (offset.length() != 6 || (offset.charAt(0) != '+' && offset.charAt(0) != '-') || offset.charAt(3) != ':') {
            throw new DateTimeException("offset");
        }
        return local.toInstant(ZoneOffset.of(offset));
    }

    private static int digits(String v, int from, int to) {
        if (to > v.length()) {
            throw new DateTimeException("short");
        }
        int result = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("digit");
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    private static final String NOT_UTF8 = "holds bytes that are not UTF-8";

    /**
     * Bytes that were not UTF-8 arrive as U+FFFD from the decoder. The message shows the field as read,
     * so that the user sees which name or number it is (a Latin-1 {@code José} reads {@code Jos\uFFFD}).
     */
    public static void checkEncoding(String field, String value) throws FieldException {
        if (value != null && value.indexOf('\uFFFD') >= 0) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
            throw new FieldException(field, NOT_UTF8 + " (read as '" + shown.strip() + "'): save the file as UTF-8");
        }
    }

    /** For a field that is not UTF-8: where in the file the first such byte is, to find it in an editor. */
    static String where(java.nio.file.Path file, FieldException e) {
        if (!e.getMessage().startsWith(NOT_UTF8)) {
            return "";
        }
        java.util.OptionalLong offset = TextInput.firstInvalidUtf8(file);
        return offset.isPresent() ? " (the file's first byte that is not UTF-8 is at byte offset " + offset.getAsLong() + ")" : "";
    }
}
