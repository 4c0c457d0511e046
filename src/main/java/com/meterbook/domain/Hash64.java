package com.meterbook.domain;

/**
 * A 64-bit FNV-1a hash followed by a MurmurHash3 finaliser: stable across runs and machines, used
 * for record-id keys and content fingerprints.
 */
public final class Hash64 {

    private Hash64() {
    }

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    public static long of(String text) {
        return finish(add(OFFSET, text));
    }

    /** Starts a hash of several fields; add them in a fixed order, then {@link #finish(long)}. */
    public static long start() {
        return OFFSET;
    }

    public static long add(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h ^= c & 0xff;
            h *= PRIME;
            h ^= c >>> 8;
            h *= PRIME;
        }
        return separate(h);
    }

    public static long add(long h, long value) {
        for (int i = 0; i < 8; i++) {
            h ^= (value >>> (i * 8)) & 0xff;
            h *= PRIME;
        }
        return separate(h);
    }

    private static long separate(long h) {
        h ^= 0x1f;
        return h * PRIME;
    }

    public static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
