package com.meterbook.testing;

import com.meterbook.testing.SmallOperator.Cdr;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Generic usage files as switches really deliver them: distinct calls mixed with exact copies,
 * conflicting copies (same id, other duration), invalid lines of every kind the contract names and,
 * if asked, now and then a truncated last line; spread over several files so that copies cross files.
 */
public final class MessyFiles {

    /** What a line of a generated file is. */
    public enum Kind { VALID, COPY, CONFLICT, INVALID, TRUNCATED }

    /** One line (as bytes, since some are not UTF-8) and what it is. */
    public record Line(Kind kind, String id, byte[] bytes) {
    }

    /** A file's lines; each line is one record of the file. */
    public record File(List<Line> lines) {

        public byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes((SmallOperator.GENERIC_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            for (Line l : lines) {
                out.writeBytes(l.bytes());
                if (l.kind() != Kind.TRUNCATED) {
                    out.write('\n');
                }
            }
            return out.toByteArray();
        }

        public int records() {
            return lines.size();
        }
    }

    /** The files, and the ids that have at least one line that parses (each is stored exactly once). */
    public record Batch(List<File> files, Set<String> storedIds) {
    }

    private MessyFiles() {
    }

    private static final List<String> INVALID_KINDS = List.of("abc", "negative", "date", "fields", "callee", "utf8", "short");

    /**
     * @param truncatedLastLine whether the last file may end in a record whose quote never closes
     */
    public static Arbitrary<Batch> sets(boolean truncatedLastLine) {
        Arbitrary<List<Cdr>> cdrs = SmallOperator.distinctCdrs(3, 18);
        Arbitrary<List<Integer>> extras = Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(3, 1), Tuple.of(2, 2), Tuple.of(1, 3))
                .list().ofMinSize(2).ofMaxSize(14);
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 1000).list().ofSize(14);
        Arbitrary<List<Integer>> cuts = Arbitraries.integers().between(0, 1000).list().ofMaxSize(3);
        return Combinators.combine(cdrs, extras, picks, cuts, Arbitraries.of(false, false, true))
                .as((c, e, p, k, t) -> build(c, e, p, k, truncatedLastLine && t));
    }

    private static Batch build(List<Cdr> cdrs, List<Integer> extras, List<Integer> picks, List<Integer> cuts, boolean truncate) {
        List<Line> lines = new ArrayList<>();
        for (Cdr c : cdrs) {
            lines.add(new Line(Kind.VALID, c.id(), utf8(c.line())));
        }
        // extra lines go in at spread-out places, each referring to one of the calls
        for (int i = 0; i < extras.size(); i++) {
            int pick = picks.get(i % picks.size());
            Cdr c = cdrs.get(pick % cdrs.size());
            Line extra = switch (extras.get(i)) {
                case 0 -> new Line(Kind.COPY, c.id(), utf8(c.line()));
                case 1 -> new Line(Kind.CONFLICT, c.id(), utf8(c.call().withDuration(c.call().duration() + 1 + pick % 7).line(c.id())));
                case 2 -> invalid(c, INVALID_KINDS.get(pick % INVALID_KINDS.size()));
                default -> invalid(new Cdr("BAD-" + i, c.call()), INVALID_KINDS.get((pick / 7) % INVALID_KINDS.size()));
            };
            lines.add((pick * 31 + i) % (lines.size() + 1), extra);
        }
        List<Integer> bounds = new ArrayList<>();
        for (int c : cuts) {
            bounds.add(c % (lines.size() + 1));
        }
        bounds.add(0);
        bounds.add(lines.size());
        bounds = bounds.stream().distinct().sorted().toList();
        List<File> files = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            files.add(new File(new ArrayList<>(lines.subList(bounds.get(i), bounds.get(i + 1)))));
        }
        if (truncate) {
            File last = files.getLast();
            last.lines().add(new Line(Kind.TRUNCATED, "CUT-1", utf8("CUT-1,,03-1111 1111,\"012-345 6789,2026-01-30 10:00:00,60")));
        }
        return new Batch(files, storedIds(files));
    }

    /** Ids whose first line, in import order, parses: those are stored once, whatever follows. */
    private static Set<String> storedIds(List<File> files) {
        Set<String> ids = new LinkedHashSet<>();
        for (File f : files) {
            for (Line l : f.lines()) {
                if (l.kind() == Kind.VALID || l.kind() == Kind.COPY || l.kind() == Kind.CONFLICT) {
                    ids.add(l.id());
                }
            }
        }
        return ids;
    }

    private static Line invalid(Cdr c, String how) {
        String[] f = c.line().split(",", -1);
        String text = switch (how) {
            case "abc" -> replace(f, 5, "abc");
            case "negative" -> replace(f, 5, "-" + Math.max(1, c.call().duration()));
            case "date" -> replace(f, 4, "2026-02-30 09:15:00");
            case "fields" -> String.join(",", f) + ",ext 12";
            case "short" -> String.join(",", java.util.Arrays.copyOf(f, 5));
            case "callee" -> replace(f, 3, "");
            default -> null;
        };
        if (text != null) {
            return new Line(Kind.INVALID, c.id(), utf8(text));
        }
        // a caller holding a byte that is not UTF-8
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(c.id() + ",,03-1111"));
        out.write(0xFF);
        out.writeBytes(utf8("1111," + f[3] + "," + f[4] + "," + f[5]));
        return new Line(Kind.INVALID, c.id(), out.toByteArray());
    }

    private static String replace(String[] fields, int i, String value) {
        String[] copy = fields.clone();
        copy[i] = value;
        return String.join(",", copy);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
