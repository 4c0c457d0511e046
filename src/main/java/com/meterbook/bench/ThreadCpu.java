package com.meterbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time per kind of thread (the JVM's collector and compiler threads included) from Linux's
 * {@code /proc/self/task}, between {@link #start()} and {@link #describe()}; empty where there is no /proc.
 */
final class ThreadCpu {

    /** Linux reports thread times in clock ticks of 1/100 s on every platform the JDK runs on. */
    private static final double TICK_SECONDS = 0.01;

    private final Map<String, Long> start;

    private ThreadCpu(Map<String, Long> start) {
        this.start = start;
    }

    static ThreadCpu start() {
        return new ThreadCpu(ticksByKind());
    }

    /** e.g. {@code main 5.3 s, GC Thread 3.6 s, H2-serialization 2.1 s, C2 CompilerThread 1.9 s}; the busiest first. */
    String describe() {
        Map<String, Long> end = ticksByKind();
        if (end.isEmpty()) {
            return "";
        }
        return end.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - start.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() >= 5)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue() * TICK_SECONDS))
                .collect(Collectors.joining(", "));
    }

    private static Map<String, Long> ticksByKind() {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    // the kernel keeps 15 characters of a name: "GC Thread#1" and "C2 CompilerThre" group by kind
                    String kind = stat.substring(open + 1, close).replaceAll("#?\\d+$", "");
                    String[] f = stat.substring(close + 2).split(" ");
                    ticks.merge(kind, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended between the listing and the read has nothing to add
                }
            });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }
}
