package com.meterbook.bench;

import java.lang.management.ManagementFactory;

/** CPU time of the whole process and of the calling thread since {@link #start()}, as the JVM reports them. */
record CpuTime(long processNanos, long threadNanos, long wallNanos) {

    static CpuTime start() {
        return new CpuTime(process(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), System.nanoTime());
    }

    private static long process() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** e.g. {@code CPU: 16.2 s on all threads (1.8 cores), 8.1 s on this one}; call it on the thread that did the work. */
    String describe() {
        long wall = System.nanoTime() - wallNanos;
        long all = process() - processNanos;
        long own = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadNanos;
        return String.format("CPU: %.1f s on all threads (%.1f cores), %.1f s on the calling thread", all / 1e9, (double) all / wall, own / 1e9);
    }
}
