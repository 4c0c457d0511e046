package com.meterbook.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Record-id keys (64-bit hashes) of every usage row, held in memory as sorted runs of
 * (key, row id) pairs that merge like a binary counter. H2 keeps no index on record ids, so inserts
 * stay sequential; this costs 16 bytes per ledger record and answers "seen before?" without I/O.
 * Equal keys may repeat (hash collisions): callers compare the stored record id. A Bloom filter of
 * 16 bits per key answers most look-ups of new ids without touching the runs.
 */
public final class DedupIndex {

    /** Bloom filter bits per key: with three probes about 0.3 % of new keys need a run search. */
    private static final int BITS_PER_KEY = 16;
    private static final int MIN_CAPACITY = 1 << 16;

    private final List<long[][]> runs = new ArrayList<>();
    private long size;
    private long loadedUpToRowId;
    private long capacity = MIN_CAPACITY;
    private long[] bloom = new long[(int) (MIN_CAPACITY * BITS_PER_KEY / 64)];

    public long size() {
        return size;
    }

    public long loadedUpToRowId() {
        return loadedUpToRowId;
    }

    void markLoaded(long rowId) {
        loadedUpToRowId = Math.max(loadedUpToRowId, rowId);
    }

    /** Adds a batch of pairs; keys[i] belongs to rowIds[i]. */
    public void addAll(long[] keys, long[] rowIds, int count) {
        if (count == 0) {
            return;
        }
        long[][] run = sortedRun(keys, rowIds, count);
        runs.add(run);
        size += count;
        if (size > capacity) {
            while (size > capacity) {
                capacity *= 2;
            }
            bloom = new long[(int) (capacity * BITS_PER_KEY / 64)];
            runs.forEach(r -> {
                for (long k : r[0]) {
                    remember(k);
                }
            });
        } else {
            for (int i = 0; i < count; i++) {
                remember(keys[i]);
            }
        }
        while (runs.size() > 1 && runs.get(runs.size() - 2)[0].length <= runs.getLast()[0].length * 2L) {
            long[][] b = runs.removeLast();
            long[][] a = runs.removeLast();
            runs.add(merge(a, b));
        }
        for (int i = 0; i < count; i++) {
            loadedUpToRowId = Math.max(loadedUpToRowId, rowIds[i]);
        }
    }

    private void remember(long key) {
        long mask = bloom.length * 64L - 1;
        for (int probe = 0; probe < 3; probe++) {
            long bit = (key + probe * ((key * 0x9E3779B97F4A7C15L) | 1)) & mask;
            bloom[(int) (bit >>> 6)] |= 1L << (bit & 63);
        }
    }

    /** False means certainly absent; true means "search the runs". */
    private boolean mayContain(long key) {
        long mask = bloom.length * 64L - 1;
        for (int probe = 0; probe < 3; probe++) {
            long bit = (key + probe * ((key * 0x9E3779B97F4A7C15L) | 1)) & mask;
            if ((bloom[(int) (bit >>> 6)] & (1L << (bit & 63))) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Calls back with every row id stored under this key. */
    public void forEachRow(long key, LongConsumer rowIds) {
        if (!mayContain(key)) {
            return;
        }
        for (long[][] run : runs) {
            long[] k = run[0];
            int i = lowerBound(k, key);
            while (i < k.length && k[i] == key) {
                rowIds.accept(run[1][i]);
                i++;
            }
        }
    }

    public boolean contains(long key) {
        if (!mayContain(key)) {
            return false;
        }
        for (long[][] run : runs) {
            int i = lowerBound(run[0], key);
            if (i < run[0].length && run[0][i] == key) {
                return true;
            }
        }
        return false;
    }

    private static int lowerBound(long[] keys, long key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long[][] sortedRun(long[] keys, long[] rowIds, int count) {
        // sort pairs by key: pack indexes, sort keys with a parallel permutation
        long[] k = Arrays.copyOf(keys, count);
        long[] r = Arrays.copyOf(rowIds, count);
        quickSort(k, r, 0, count - 1);
        return new long[][]{k, r};
    }

    private static void quickSort(long[] k, long[] r, int lo, int hi) {
        while (lo < hi) {
            if (hi - lo < 16) {
                for (int i = lo + 1; i <= hi; i++) {
                    long kv = k[i];
                    long rv = r[i];
                    int j = i - 1;
                    while (j >= lo && k[j] > kv) {
                        k[j + 1] = k[j];
                        r[j + 1] = r[j];
                        j--;
                    }
                    k[j + 1] = kv;
                    r[j + 1] = rv;
                }
                return;
            }
            long pivot = k[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (k[i] < pivot) {
                    i++;
                }
                while (k[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = k[i];
                    k[i] = k[j];
                    k[j] = t;
                    t = r[i];
                    r[i] = r[j];
                    r[j] = t;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                quickSort(k, r, lo, j);
                lo = i;
            } else {
                quickSort(k, r, i, hi);
                hi = j;
            }
        }
    }

    private static long[][] merge(long[][] a, long[][] b) {
        int n = a[0].length + b[0].length;
        long[] k = new long[n];
        long[] r = new long[n];
        int i = 0;
        int j = 0;
        int o = 0;
        while (i < a[0].length && j < b[0].length) {
            if (a[0][i] <= b[0][j]) {
                k[o] = a[0][i];
                r[o++] = a[1][i++];
            } else {
                k[o] = b[0][j];
                r[o++] = b[1][j++];
            }
        }
        while (i < a[0].length) {
            k[o] = a[0][i];
            r[o++] = a[1][i++];
        }
        while (j < b[0].length) {
            k[o] = b[0][j];
            r[o++] = b[1][j++];
        }
        return new long[][]{k, r};
    }
}
