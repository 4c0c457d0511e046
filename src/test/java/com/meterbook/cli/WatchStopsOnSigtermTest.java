package com.meterbook.cli;

import com.meterbook.testing.ChildCli;
import com.meterbook.testing.Cli;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code meterbook watch} in its own process imports what is dropped and, on SIGTERM, ends its loop before the JVM exits. */
@Tag("db")
class WatchStopsOnSigtermTest {

    @Test
    void aDroppedFileIsImportedAndSigtermStopsTheLoopCleanly(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Path drop = Files.createDirectories(dir.resolve("drop"));
        Path log = dir.resolve("watch.log");
        Process watch = ChildCli.start(ledger, log, "watch", drop.toString(), "--stable", "0", "--poll", "0.2");
        try {
            Files.writeString(drop.resolve("cdrs.csv"), "call_id,account,caller,callee,start,duration\n"
                    + "W1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,60\n");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (!Files.exists(drop.resolve("processed/cdrs.csv")) && Instant.now().isBefore(deadline) && watch.isAlive()) {
                watch.waitFor(100, TimeUnit.MILLISECONDS);
            }
            assertThat(drop.resolve("processed/cdrs.csv")).as(Files.readString(log)).exists();

            watch.destroy();

            assertThat(watch.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            watch.destroyForcibly();
        }
        assertThat(Files.readString(log).lines().filter(l -> !l.startsWith("WARNING")))
                .contains("cdrs.csv: imported 0, duplicates 0, exceptions 1 -> processed/cdrs.csv", "stopped")
                .anyMatch(l -> l.startsWith("watching " + drop.toAbsolutePath()));
    }
}
