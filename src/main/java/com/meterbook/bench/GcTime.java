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

    /**
     * e.g. {@code GC (PS Scavenge, PS MarkSweep): 57 collections, 2.7 s}: the collectors' names say which
     * collector the JVM ran, so that a result line tells G1 runs from throughput-collector runs.
     */
    String describe() {
        GcTime end = now();
        String names = String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
        return String.format("GC (%s): %,d collections, %.1f s", names, end.count - count, (end.millis - millis) / 1000.0);
    }
}
