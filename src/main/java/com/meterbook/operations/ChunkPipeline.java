package com.meterbook.operations;

import com.meterbook.ingest.ParsedLine;
import com.meterbook.rating.RatingEngine;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads, parses and pre-rates chunks on a second thread while the caller writes the previous chunk,
 * so that parsing and the pure part of rating overlap with H2's inserts. At most one chunk waits,
 * so memory stays bounded whatever the file's size. The reader marks the file's last chunk, so the
 * writer needs no look-ahead (which would keep a third chunk alive); the last chunk is empty only
 * for a file without records, so that even a header-only file is marked complete.
 */
final class ChunkPipeline implements AutoCloseable {

    /** Lines in file order; {@code last} on the file's final chunk. */
    record Chunk(List<PreparedLine> lines, boolean last) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1);
    private final Thread thread;
    private boolean ended;
    private volatile long busyNanos;
    private volatile long cpuNanos;
    private long waitNanos;

    private ChunkPipeline(Iterator<ParsedLine> reader, RatingEngine engine, int chunkSize) {
        thread = Thread.ofPlatform().name("meterbook-reader").daemon().unstarted(() -> {
            try {
                List<PreparedLine> lines = new ArrayList<>(chunkSize);
                long since = System.nanoTime();
                boolean more = reader.hasNext();
                while (more) {
                    lines.add(PreparedLine.prepare(reader.next(), engine));
                    more = reader.hasNext();
                    if (lines.size() == chunkSize && more) {
                        busyNanos += System.nanoTime() - since;
                        queue.put(new Chunk(lines, false));
                        since = System.nanoTime();
                        lines = new ArrayList<>(chunkSize);
                    }
                }
                busyNanos += System.nanoTime() - since;
                cpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                queue.put(new Chunk(lines, true));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                // handed to the writer, which rethrows it: an Error kept here would leave the writer waiting forever
                queue.clear();
                queue.offer(e);
            }
        });
    }

    static ChunkPipeline start(Iterator<ParsedLine> reader, RatingEngine engine, int chunkSize) {
        ChunkPipeline pipeline = new ChunkPipeline(reader, engine, chunkSize);
        pipeline.thread.start();
        return pipeline;
    }

    /** The next chunk, or null after the last one. */
    Chunk next() {
        if (ended) {
            return null;
        }
        Object item;
        long since = System.nanoTime();
        try {
            item = queue.take();
            waitNanos += System.nanoTime() - since;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
        if (item instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        if (item instanceof Error e) {
            ended = true;
            throw e;
        }
        Chunk chunk = (Chunk) item;
        ended = chunk.last();
        return chunk;
    }

    long readerNanos() {
        return busyNanos;
    }

    /** CPU time of the reading thread, once it has read the file to the end (0 before, or where the JVM does not tell). */
    long readerCpuNanos() {
        return Math.max(0, cpuNanos);
    }

    long writerWaitNanos() {
        return waitNanos;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
