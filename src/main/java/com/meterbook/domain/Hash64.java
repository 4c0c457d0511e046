package com.meterbook.domain;

/**
 * A 64-bit FNV-1a hash followed by a MurmurHash3 finaliser: stable across runs and machines, used
 * for record-id keys and content fingerprints.
 */
public final class Hash64 {

    private Hash64() {
    }

    public static long of(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h ^= c & 0xff;
            h *= 0x100000001b3L;
            h ^= c >>> 8;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
