package com.meterbook.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/** Collections and their accumulated time since {@link #start()}, as the JVM's collector beans count them. */
record GcTime(long count, long millis) {

    static GcTime start() {
        return now();
    }

    private static GcTime now() {
        List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean bean : beans) {
            count += Math.max(0, bean.getCollectionCount());
            millis += Math.max(0, bean.getCollectionTime());
        }
        return new GcTime(count, millis);
    }

    /** e.g. {@code GC: 57 collections, 2.7 s} (for G1 the time includes its concurrent cycles' pauses). */
    String describe() {
        GcTime end = now();
        return String.format("GC: %,d collections, %.1f s", end.count - count, (end.millis - millis) / 1000.0);
    }
}
