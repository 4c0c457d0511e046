package com.meterbook.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Samples the heap while a benchmark runs: the most ever in use (garbage included), and the most
 * still live right after a collection, which is what must not grow with the size of the file.
 */
final class HeapWatch implements AutoCloseable, com.meterbook.operations.ImportProgress {

    static final long EVERY_RECORDS = 200_000;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;
    private volatile long peakUsed;
    private final java.util.List<Long> liveSamples = new java.util.ArrayList<>();
    private long nextSample = EVERY_RECORDS;
    private final boolean forceCollections;

    HeapWatch(boolean forceCollections) {
        this.forceCollections = forceCollections;
        thread = Thread.ofPlatform().name("heap-watch").daemon().start(this::watch);
    }

    private void watch() {
        var memory = ManagementFactory.getMemoryMXBean();
        try {
            do {
                peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
            } while (!stop.await(20, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every {@link #EVERY_RECORDS} records, what is still live after a full collection. */
    @Override
    public void committed(long bytesTotal, long linesDone, long recordsDone) {
        if (forceCollections && recordsDone >= nextSample) {
            System.gc();
            liveSamples.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
            nextSample += EVERY_RECORDS;
        }
    }

    long peakUsedMb() {
        return peakUsed >> 20;
    }

    java.util.List<Long> liveSamplesMb() {
        return liveSamples;
    }

    @Override
    public void close() throws InterruptedException {
        stop.countDown();
        thread.join();
    }
}
