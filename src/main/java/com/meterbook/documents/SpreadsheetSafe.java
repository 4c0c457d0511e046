package com.meterbook.documents;

import java.util.regex.Pattern;

/**
 * Keeps a CSV cell from being run as a formula when the file is opened in a spreadsheet: a text cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe (OWASP's advice). Numbers stay as they are, so {@code -1.50} is still a number;
 * so does every cell that starts otherwise. A record id or a name arriving from a switch as
 * {@code =HYPERLINK(...)} is the case this guards against.
 */
public final class SpreadsheetSafe {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    static Object[] cells(Object... values) {
        Object[] safe = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            safe[i] = values[i] instanceof String s ? cell(s) : values[i];
        }
        return safe;
    }
}
