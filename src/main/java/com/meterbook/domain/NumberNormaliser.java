package com.meterbook.domain;

/**
 * The contract's number rule: drop spaces, {@code -}, {@code (} and {@code )}; then a leading
 * {@code +} is dropped, else a leading {@code 00} is dropped, else a single leading {@code 0} becomes
 * the country code. Meter ids go through the same rule.
 */
public record NumberNormaliser(String countryCode) {

    public String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != ' ' && c != '-' && c != '(' && c != ')') {
                kept.append(c);
            }
        }
        String s = kept.toString();
        if (s.startsWith("+")) {
            return s.substring(1);
        }
        if (s.startsWith("00")) {
            return s.substring(2);
        }
        if (s.startsWith("0")) {
            return countryCode + s.substring(1);
        }
        return s;
    }
}
