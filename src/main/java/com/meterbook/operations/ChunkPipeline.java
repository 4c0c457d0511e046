package com.meterbook.operations;

import com.meterbook.ingest.ParsedLine;
import com.meterbook.rating.RatingEngine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads, parses and pre-rates chunks on a second thread while the caller writes the previous chunk,
 * so that parsing and the pure part of rating overlap with H2's inserts. At most one chunk waits,
 * so memory stays bounded whatever the file's size. The last chunk may be empty: a file's end is
 * always written as a chunk, so that even a header-only file is marked complete.
 */
final class ChunkPipeline implements AutoCloseable {

    private static final List<PreparedLine> END = List.of();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1);
    private final Thread thread;
    private boolean ended;
    private volatile long busyNanos;
    private long waitNanos;

    private ChunkPipeline(Iterator<ParsedLine> reader, RatingEngine engine, int chunkSize) {
        thread = Thread.ofPlatform().name("meterbook-reader").daemon().unstarted(() -> {
            try {
                List<PreparedLine> chunk = new ArrayList<>(chunkSize);
                long since = System.nanoTime();
                while (reader.hasNext()) {
                    chunk.add(PreparedLine.prepare(reader.next(), engine));
                    if (chunk.size() == chunkSize) {
                        busyNanos += System.nanoTime() - since;
                        queue.put(chunk);
                        since = System.nanoTime();
                        chunk = new ArrayList<>(chunkSize);
                    }
                }
                busyNanos += System.nanoTime() - since;
                queue.put(chunk);
                queue.put(END);
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
    @SuppressWarnings("unchecked")
    List<PreparedLine> next() {
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
        if (item == END) {
            ended = true;
            return null;
        }
        return (List<PreparedLine>) item;
    }

    long readerNanos() {
        return busyNanos;
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
