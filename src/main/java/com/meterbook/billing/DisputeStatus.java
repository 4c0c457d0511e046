package com.meterbook.billing;

/** Where a dispute stands: open until it is rejected (with a comment) or ends in a credit note. */
public enum DisputeStatus {
    OPEN, REJECTED, CREDITED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DisputeStatus parse(String text) {
        for (DisputeStatus s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a dispute status (open, rejected or credited)");
    }
}
