package com.meterbook.ui.common;

import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Ledgers and files for the desktop's tests. */
public final class UiFixtures {

    public static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();

    /** Three calls that rate for A1 and A2, and three bad lines: a bad duration, an impossible date, an unknown number. */
    public static final List<String> CALLS_WITH_BAD_LINES = List.of(
            "T1,,03-1111 1111,012-345 6789,2026-01-29 09:00:00,300",
            "T2,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,abc",
            "T3,,+60 3-2222 2222,012-345 6789,2026-01-29 11:00:00,500",
            "T4,,03-1111 1111,012-345 6789,2026-13-45 10:00:00,60",
            "T5,,03-9999 9999,012-345 6789,2026-01-29 12:00:00,60",
            "T6,,03-1111 1111,017-345 6789,2026-01-30 12:00:00,90");

    private UiFixtures() {
    }

    /** The small operator of the ledger tests, with customers, so the app opens on the dashboard. */
    public static TestLedger smallOperator(Path folder) throws Exception {
        TestLedger ledger = TestLedger.create(folder, SmallOperator.settings());
        SmallOperator.load(ledger);
        return ledger;
    }

    /** {@code n} valid calls for A1, one a minute from 2026-01-05 08:00, with ids from {@code first}. */
    public static List<String> calls(int first, int n) {
        return Stream.iterate(first, i -> i + 1).limit(n)
                .map(i -> String.format("B%06d,,03-1111 1111,012-345 6789,2026-01-05 %02d:%02d:00,60", i, 8 + i / 60 % 10, i % 60))
                .toList();
    }

    /** A sample folder with the real master data and the first {@code lines} lines of each usage file. */
    public static Path smallSample(Path folder, int lines) {
        try {
            Files.createDirectories(folder);
            for (String f : List.of("customers.csv", "bands.csv", "holidays.csv", "rates.csv", "recurring.csv")) {
                Files.copy(SAMPLE.resolve(f), folder.resolve(f));
            }
            for (String f : List.of("cdrs-2026-01.csv", "cdrs-2026-02.csv", "events-2026.csv", "readings-2026.csv")) {
                try (Stream<String> all = Files.lines(SAMPLE.resolve(f))) {
                    Files.write(folder.resolve(f), all.limit(lines).toList());
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
