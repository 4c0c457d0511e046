package com.meterbook.ui.common;

import java.util.prefs.Preferences;

/** One whole-number setting of the desktop kept between runs (java.util.prefs), held within its bounds. */
public final class IntPreference {

    private final Preferences node;
    private final String key;
    private final int fallback;
    private final int min;
    private final int max;

    public IntPreference(Preferences node, String key, int fallback, int min, int max) {
        this.node = node;
        this.key = key;
        this.fallback = fallback;
        this.min = min;
        this.max = max;
    }

    public int get() {
        return clamp(node.getInt(key, fallback));
    }

    public void set(int value) {
        node.putInt(key, clamp(value));
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    private int clamp(int value) {
        return Math.max(min, Math.min(max, value));
    }
}
