package com.meterbook.operations;

import com.meterbook.ledger.PullSourceRow;
import com.meterbook.sources.Backoff;
import com.meterbook.sources.SecretBox;
import com.meterbook.sources.SftpFolder;
import com.meterbook.testing.SftpTestServer;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.UiFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Pulls from a real SFTP server on loopback into a real ledger. */
@Tag("db")
class SourcePullTest {

    private static final Instant T0 = Instant.parse("2026-01-30T01:00:00Z");

    @TempDir
    Path folder;

    private TestLedger ledger;
    private SftpTestServer server;
    private PullSources sources;
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        server = SftpTestServer.start(folder.resolve("remote"));
        sources = new PullSources(ledger.ledger(), SecretBox.open(folder.resolve("config")), TestLedger.CLOCK, "test");
    }

    @AfterEach
    void tearDown() {
        server.close();
        ledger.close();
    }

    private SourcePull puller() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(4), 5, sleeps::add);
        UsageImport importer = ledger.importer(1000);
        return new SourcePull(ledger.ledger(), sources, (file, format) -> importer.importFile(file, format, ImportProgress.NONE),
                TestLedger.CLOCK, "test", backoff).timeout(Duration.ofSeconds(10));
    }

    private void add(String name, String password) {
        sources.addSftp(new PullSources.NewSftpSource(name, "127.0.0.1", server.port(), SftpTestServer.USER, Optional.empty(),
                Optional.of(password), "/incoming", "*.csv", 5));
    }

    private void calls(String name, int first, int n, Instant modified) {
        server.put("incoming/" + name, SmallOperator.file(UiFixtures.calls(first, n)), modified);
    }

    private long stored() {
        return (Long) ledger.query("select count(*) from usage_record").getFirst().getFirst();
    }

    @Test
    void pullsTwoFilesThenNothingNewThenTheNewFile() throws Exception {
        calls("a.csv", 1, 3, T0);
        calls("b.csv", 10, 2, T0);
        server.put("incoming/notes.txt", "not usage", T0);
        add("switch", SftpTestServer.PASSWORD);
        sources.trust("switch", false, Duration.ofSeconds(10));

        SourcePull.Result first = puller().pull("switch");

        assertThat(first.error()).isEmpty();
        assertThat(first.files()).extracting(SourcePull.Fetched::name).containsExactly("a.csv", "b.csv");
        assertThat(first.files().getFirst().outcome()).isEqualTo("generic, imported 3, duplicates 0, exceptions 0");
        assertThat(stored()).isEqualTo(5);
        try (var staged = Files.list(folder.resolve("ledger/staging/switch"))) {
            assertThat(staged).as("staged files are removed once imported").isEmpty();
        }

        SourcePull.Result second = puller().pull("switch");
        assertThat(second.files()).isEmpty();
        assertThat(second.line()).isEqualTo("switch: nothing new");

        calls("c.csv", 20, 4, T0.plusSeconds(60));
        SourcePull.Result third = puller().pull("switch");
        assertThat(third.files()).extracting(SourcePull.Fetched::name).containsExactly("c.csv");
        assertThat(stored()).isEqualTo(9);
        PullSourceRow row = sources.get("switch");
        assertThat(row.lastError()).isEmpty();
        assertThat(row.lastFetched()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aFileRewrittenWithTheSameBytesIsFetchedAgainButNotImportedTwice() throws Exception {
        calls("a.csv", 1, 3, T0);
        add("switch", SftpTestServer.PASSWORD);
        sources.trust("switch", false, Duration.ofSeconds(10));
        puller().pull("switch");

        calls("a.csv", 1, 3, T0.plusSeconds(3600));
        SourcePull.Result again = puller().pull("switch");

        assertThat(again.files()).singleElement().extracting(SourcePull.Fetched::outcome)
                .isEqualTo("generic, already imported (same SHA-256)");
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    void anUnknownHostKeyIsRefusedWithItsFingerprintUntilTrusted() throws Exception {
        calls("a.csv", 1, 3, T0);
        add("switch", SftpTestServer.PASSWORD);
        String fingerprint = SftpFolder.fingerprint(server.hostKey().getPublic());

        SourcePull.Result refused = puller().pull("switch");

        assertThat(refused.files()).isEmpty();
        assertThat(refused.error()).get().asString().contains("not trusted yet", fingerprint, "sources trust switch");
        assertThat(refused.newHostKey()).contains(fingerprint);
        assertThat(refused.attempts()).as("a refused key is not retried").isEqualTo(1);
        assertThat(stored()).isZero();
        assertThat(sources.get("switch").lastError()).isEqualTo(refused.error());

        PullSources.Trusted trusted = sources.trust("switch", false, Duration.ofSeconds(10));
        assertThat(trusted.fingerprint()).isEqualTo(fingerprint);
        SourcePull.Result pulled = puller().pull("switch");
        assertThat(pulled.error()).isEmpty();
        assertThat(stored()).isEqualTo(3);
        assertThat(sources.get("switch").lastError()).isEmpty();
    }

    @Test
    void aChangedHostKeyIsRefusedLoudlyAndNotReplacedWithoutBeingTold() throws Exception {
        calls("a.csv", 1, 3, T0);
        add("switch", SftpTestServer.PASSWORD);
        PullSources.Trusted trusted = sources.trust("switch", false, Duration.ofSeconds(10));
        var impostor = SftpTestServer.newKey();
        server.changeHostKey(impostor);

        SourcePull.Result refused = puller().pull("switch");

        assertThat(refused.error()).get().asString().contains("HAS CHANGED", SftpFolder.fingerprint(impostor.getPublic()),
                trusted.fingerprint());
        assertThat(refused.newHostKey()).as("no accept-this-key question for a changed key").isEmpty();
        assertThat(stored()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sources.trust("switch", false, Duration.ofSeconds(10)))
                .hasMessageContaining("--replace");

        PullSources.Trusted replaced = sources.trust("switch", true, Duration.ofSeconds(10));
        assertThat(replaced.fingerprint()).isEqualTo(SftpFolder.fingerprint(impostor.getPublic()));
        assertThat(puller().pull("switch").error()).isEmpty();
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    void aWrongPasswordIsReportedAndNotRetried() throws Exception {
        calls("a.csv", 1, 3, T0);
        add("switch", "not-the-password");
        sources.trust("switch", false, Duration.ofSeconds(10));

        SourcePull.Result result = puller().pull("switch");

        assertThat(result.error()).get().asString().startsWith("login refused: ").contains("password");
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
        assertThat(sources.get("switch").lastError()).isEqualTo(result.error());
        assertThat(stored()).isZero();
    }

    @Test
    void aServerStoppedMidwayIsRetriedWithBackOffThenReported() throws Exception {
        calls("a.csv", 1, 3, T0);
        calls("b.csv", 10, 2, T0);
        add("switch", SftpTestServer.PASSWORD);
        sources.trust("switch", false, Duration.ofSeconds(10));

        SourcePull.Result result = puller().afterFile(name -> server.stop()).pull("switch");

        assertThat(result.files()).extracting(SourcePull.Fetched::name).containsExactly("a.csv");
        assertThat(result.attempts()).isEqualTo(5);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(4));
        assertThat(result.error()).get().asString().startsWith("gave up after 5 attempts: ");
        PullSourceRow row = sources.get("switch");
        assertThat(row.lastError()).isEqualTo(result.error());
        assertThat(row.lastSuccess()).isEmpty();
        assertThat(stored()).isEqualTo(3);
        try (var staged = Files.list(folder.resolve("ledger/staging/switch"))) {
            assertThat(staged).noneMatch(p -> p.toString().endsWith(".csv"));
        }
    }

    @Test
    void aDroppedConnectionIsRetriedAndThePullFinishes() throws Exception {
        calls("a.csv", 1, 3, T0);
        calls("b.csv", 10, 2, T0);
        calls("c.csv", 20, 1, T0);
        add("switch", SftpTestServer.PASSWORD);
        sources.trust("switch", false, Duration.ofSeconds(10));
        AtomicBoolean dropped = new AtomicBoolean();

        SourcePull.Result result = puller().afterFile(name -> {
            if (dropped.compareAndSet(false, true)) {
                server.dropSessions();
            }
        }).pull("switch");

        assertThat(result.error()).isEmpty();
        assertThat(result.files()).extracting(SourcePull.Fetched::name).containsExactly("a.csv", "b.csv", "c.csv");
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
        assertThat(stored()).isEqualTo(6);
    }

    @Test
    void thePasswordIsStoredSealedNotInPlainText() throws Exception {
        add("switch", SftpTestServer.PASSWORD);

        List<List<Object>> rows = ledger.query("select * from pull_source");
        String row = rows.toString();
        assertThat(row).doesNotContain(SftpTestServer.PASSWORD).contains("v1:");
        Path key = folder.resolve("config").resolve(SecretBox.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        try (var db = Files.list(folder.resolve("ledger"))) {
            for (Path file : db.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain(SftpTestServer.PASSWORD);
            }
        }
        assertThat(sources.endpoint(sources.get("switch")).password()).contains(SftpTestServer.PASSWORD);
        SecretBox other = SecretBox.open(folder.resolve("other-config"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PullSources(ledger.ledger(), other, TestLedger.CLOCK, "test")
                .endpoint(sources.get("switch"))).hasMessageContaining("cannot be decrypted");
    }

    @Test
    void aKeyFileLogsIn() throws Exception {
        calls("a.csv", 1, 2, T0);
        var client = SftpTestServer.newKey();
        server.authorise(client.getPublic());
        Path keyFile = folder.resolve("id_ecdsa");
        try (var out = Files.newOutputStream(keyFile)) {
            org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(client, "test", null, out);
        }
        sources.addSftp(new PullSources.NewSftpSource("keyed", "127.0.0.1", server.port(), SftpTestServer.USER, Optional.of(keyFile),
                Optional.empty(), "/incoming", "a*.csv", 5));
        sources.trust("keyed", false, Duration.ofSeconds(10));

        SourcePull.Result result = puller().pull("keyed");

        assertThat(result.error()).isEmpty();
        assertThat(stored()).isEqualTo(2);
    }
}
