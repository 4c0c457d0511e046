package com.meterbook.sources;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sealing with AES-GCM under an owner-only key file; and the back-off's delays. */
class SecretBoxTest {

    @Test
    void sealsAndOpensOnlyForTheSameOwnerAndKey(@TempDir Path dir) {
        SecretBox box = SecretBox.open(dir.resolve("config"));
        String sealed = box.seal("switch", "p@ss word");

        assertThat(sealed).startsWith("v1:").doesNotContain("p@ss");
        assertThat(box.seal("switch", "p@ss word")).as("a fresh IV each time").isNotEqualTo(sealed);
        assertThat(box.open("switch", sealed)).isEqualTo("p@ss word");
        assertThat(SecretBox.open(dir.resolve("config")).open("switch", sealed)).as("the same key file, opened again").isEqualTo("p@ss word");
        assertThatThrownBy(() -> box.open("other", sealed)).hasMessageContaining("cannot be decrypted");
        assertThatThrownBy(() -> SecretBox.open(dir.resolve("elsewhere")).open("switch", sealed)).hasMessageContaining("cannot be decrypted");
    }

    @Test
    void theKeyFileIsOwnerOnlyAndASharedOneIsRefused(@TempDir Path dir) throws Exception {
        SecretBox.open(dir);
        Path key = dir.resolve(SecretBox.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");

        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> SecretBox.open(dir)).hasMessageContaining("chmod 600");
    }

    @Test
    void backOffDoublesUpToItsCap() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5), 6, Backoff.REAL);

        assertThat(java.util.stream.IntStream.rangeClosed(2, 6).mapToObj(b::delayBefore).toList()).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }
}
