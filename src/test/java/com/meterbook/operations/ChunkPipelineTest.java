package com.meterbook.operations;

import com.meterbook.ingest.ParsedLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunkPipelineTest {

    /** Reads two invalid lines (which need no rating), then fails with {@code failure} when asked for more. */
    private static Iterator<ParsedLine> failingAfterTwo(Throwable failure) {
        return new Iterator<>() {
            int given;

            @Override
            public boolean hasNext() {
                if (given == 2) {
                    if (failure instanceof Error e) {
                        throw e;
                    }
                    throw (RuntimeException) failure;
                }
                return true;
            }

            @Override
            public ParsedLine next() {
                given++;
                return new ParsedLine.Invalid(given, "bad," + given, null, "start", "not a timestamp");
            }
        };
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void anErrorOnTheReadingThreadReachesTheWriterInsteadOfLeavingItWaiting() {
        try (ChunkPipeline pipeline = ChunkPipeline.start(failingAfterTwo(new OutOfMemoryError("test: heap")), null, 10)) {
            assertThatThrownBy(pipeline::next).isInstanceOf(OutOfMemoryError.class).hasMessage("test: heap");
            assertThat(pipeline.next()).isNull();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aRuntimeFailureOnTheReadingThreadReachesTheWriter() {
        try (ChunkPipeline pipeline = ChunkPipeline.start(failingAfterTwo(new IllegalStateException("disk gone")), null, 10)) {
            assertThatThrownBy(pipeline::next).isInstanceOf(IllegalStateException.class).hasMessage("disk gone");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void linesArriveInChunksTheLastOneMarkedThenNull() {
        try (ChunkPipeline pipeline = ChunkPipeline.start(invalidLines(3), null, 2)) {
            ChunkPipeline.Chunk first = pipeline.next();
            assertThat(first.lines()).extracting(p -> p.line().line()).containsExactly(1L, 2L);
            assertThat(first.last()).isFalse();
            ChunkPipeline.Chunk second = pipeline.next();
            assertThat(second.lines()).extracting(p -> p.line().line()).containsExactly(3L);
            assertThat(second.last()).isTrue();
            assertThat(pipeline.next()).isNull();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aFileThatFillsItsLastChunkExactlyEndsWithThatChunkNotAnEmptyOne() {
        try (ChunkPipeline pipeline = ChunkPipeline.start(invalidLines(4), null, 2)) {
            assertThat(pipeline.next().last()).isFalse();
            ChunkPipeline.Chunk second = pipeline.next();
            assertThat(second.lines()).extracting(p -> p.line().line()).containsExactly(3L, 4L);
            assertThat(second.last()).isTrue();
            assertThat(pipeline.next()).isNull();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aFileWithoutRecordsGivesOneEmptyLastChunk() {
        try (ChunkPipeline pipeline = ChunkPipeline.start(invalidLines(0), null, 2)) {
            ChunkPipeline.Chunk only = pipeline.next();
            assertThat(only.lines()).isEmpty();
            assertThat(only.last()).isTrue();
            assertThat(pipeline.next()).isNull();
        }
    }

    private static Iterator<ParsedLine> invalidLines(int n) {
        return java.util.stream.LongStream.rangeClosed(1, n)
                .<ParsedLine>mapToObj(i -> new ParsedLine.Invalid(i, "line " + i, null, "f", "r")).iterator();
    }
}
