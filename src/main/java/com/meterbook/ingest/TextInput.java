package com.meterbook.ingest;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How every CSV file is read as text: UTF-8 with bytes that are not UTF-8 turned into U+FFFD (so that
 * the field holding them can be named), a byte-order mark skipped, and no physical line longer than
 * {@link #MAX_LINE} characters: a longer one is no CSV record, and reading it whole could exhaust the
 * memory (a 2 GB file without a line end).
 */
public final class TextInput {

    /** The longest physical line read: CDR lines are well under 2 KB. */
    public static final int MAX_LINE = 1 << 20;

    private TextInput() {
    }

    public static BufferedReader open(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new LineLimit(new InputStreamReader(Files.newInputStream(file), decoder)), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** A physical line longer than {@link #MAX_LINE}; commons-csv hands it on wrapped in an {@link UncheckedIOException}. */
    public static final class LineTooLongException extends IOException {
        private final long line;

        LineTooLongException(long line) {
            super("line " + line + " is longer than " + String.format(java.util.Locale.ROOT, "%,d", MAX_LINE) + " characters: not a CSV file of records");
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /** The line-too-long failure inside what the CSV parser threw, if that is what it was. */
    public static java.util.Optional<LineTooLongException> lineTooLong(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof LineTooLongException e) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The byte offset (from 0) of the first byte sequence in the file that is not UTF-8, if any: what a
     * message points at so that the user finds the Latin-1 or Windows-1252 byte.
     */
    public static OptionalLong firstInvalidUtf8(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            long consumed = 0;
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0));
                bytes.flip();
                int before = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, end);
                consumed += bytes.position() - before;
                if (result.isError()) {
                    return OptionalLong.of(consumed);
                }
                chars.clear();
                bytes.compact();
            }
            return OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** Counts characters since the last line end and fails when a line gets too long. */
    private static final class LineLimit extends FilterReader {
        private long line = 1;
        private int length;

        LineLimit(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int len) throws IOException {
            int n = super.read(buffer, offset, len);
            for (int i = offset; i < offset + n; i++) {
                count(buffer[i]);
            }
            return n;
        }

        private void count(char c) throws LineTooLongException {
            if (c == '\n') {
                line++;
                length = 0;
            } else if (++length > MAX_LINE) {
                throw new LineTooLongException(line);
            }
        }
    }
}
