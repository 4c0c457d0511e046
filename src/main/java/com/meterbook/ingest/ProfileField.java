package com.meterbook.ingest;

import java.util.Locale;

/** The fields of a usage record a mapping profile takes from a column. */
public enum ProfileField {
    ID, ACCOUNT, CALLER, CALLEE, SERVICE, START, DURATION, END, QUANTITY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProfileField parse(String key) {
        for (ProfileField f : values()) {
            if (f.key().equals(key.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + key.trim() + "' is not a field (id, account, caller, callee, service, start, duration, end, quantity)");
    }
}
