package com.meterbook.cli;

import com.meterbook.sources.SftpFolder;
import com.meterbook.testing.Cli;
import com.meterbook.testing.SftpTestServer;
import com.meterbook.testing.SmallOperator;
import com.meterbook.ui.common.UiFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The sources commands against a real SFTP server on loopback. */
@Tag("db")
class SourcesCommandsTest {

    private static final Instant T0 = Instant.parse("2026-01-30T01:00:00Z");

    @TempDir
    Path dir;

    private Path ledger;
    private String config;
    private SftpTestServer server;

    @BeforeEach
    void setUp() throws Exception {
        ledger = dir.resolve("ledger");
        config = dir.resolve("config").toString();
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Cli.ok(ledger, "customers", "import", Files.writeString(dir.resolve("customers.csv"), SmallOperator.CUSTOMERS).toString());
        Cli.ok(ledger, "bands", "import", Files.writeString(dir.resolve("bands.csv"), SmallOperator.BANDS).toString());
        Cli.ok(ledger, "rates", "import", Files.writeString(dir.resolve("rates.csv"), SmallOperator.RATES).toString());
        server = SftpTestServer.start(dir.resolve("remote"));
        server.put("incoming/a.csv", SmallOperator.file(UiFixtures.calls(1, 3)), T0);
        server.put("incoming/b.csv", SmallOperator.file(UiFixtures.calls(10, 2)), T0);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private Cli.Result withStdin(String input, String... args) {
        InputStream was = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return Cli.run(ledger, args);
        } finally {
            System.setIn(was);
        }
    }

    private void addSwitch(String password) {
        Cli.Result added = withStdin(password + "\n", "sources", "add-sftp", "switch", "--config", config, "--host", "127.0.0.1",
                "--port", String.valueOf(server.port()), "--user", SftpTestServer.USER, "--password-stdin",
                "--dir", "/incoming", "--pattern", "*.csv", "--every", "15");
        assertThat(added.exit()).as(added.toString()).isZero();
        assertThat(added.out()).startsWith("added switch: sftp meter@127.0.0.1:" + server.port() + " /incoming *.csv every 15 min");
    }

    @Test
    void addTrustPullAndStatus() throws Exception {
        addSwitch(SftpTestServer.PASSWORD);
        String fingerprint = SftpFolder.fingerprint(server.hostKey().getPublic());

        assertThat(Cli.ok(ledger, "sources", "list", "--config", config)).isEqualTo("switch\tsftp://meter@127.0.0.1:" + server.port()
                + "\t/incoming\t*.csv\t15\tpassword (encrypted)\thost key not accepted\n");

        Cli.Result refused = Cli.run(ledger, "sources", "pull", "switch", "--config", config);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("not trusted yet: " + fingerprint).contains("'sources trust switch'");

        assertThat(Cli.ok(ledger, "sources", "trust", "switch", "--config", config))
                .isEqualTo("switch: accepted host key " + fingerprint + "\n");

        assertThat(Cli.ok(ledger, "sources", "pull", "switch", "--config", config)).isEqualTo("switch: fetched 2 ("
                + "a.csv: generic, imported 3, duplicates 0, exceptions 0; b.csv: generic, imported 2, duplicates 0, exceptions 0)\n");
        assertThat(Cli.ok(ledger, "sources", "pull", "switch", "--config", config)).isEqualTo("switch: nothing new\n");
        String[] status = Cli.ok(ledger, "sources", "status", "--config", config).strip().split("\t");
        assertThat(status).hasSize(5);
        assertThat(status[0]).isEqualTo("switch");
        assertThat(status[1]).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}").isEqualTo(status[2]);
        assertThat(status[3]).isEqualTo("0");
        assertThat(status[4]).isEqualTo("ok");
    }

    @Test
    void aWrongPasswordIsShownByStatus() {
        addSwitch("wrong");
        Cli.ok(ledger, "sources", "trust", "switch", "--config", config);

        Cli.Result pulled = Cli.run(ledger, "sources", "pull", "switch", "--config", config);

        assertThat(pulled.exit()).isEqualTo(1);
        assertThat(pulled.err()).startsWith("meterbook: switch: login refused: ");
        String status = Cli.ok(ledger, "sources", "status", "--config", config);
        assertThat(status).startsWith("switch\t").contains("\tnever\t0\tlogin refused: ");
    }

    @Test
    void runPullsTheSourcesThatAreDue() {
        addSwitch(SftpTestServer.PASSWORD);
        Cli.ok(ledger, "sources", "trust", "switch", "--config", config);

        String out = Cli.ok(ledger, "sources", "run", "--rounds", "1", "--config", config);

        assertThat(out).contains("switch: fetched 2 (a.csv").endsWith("\n");
        assertThat(out.lines()).hasSize(1);
    }

    @Test
    void addRefusesAMissingLoginAndABadName() {
        Cli.Result none = Cli.run(ledger, "sources", "add-sftp", "switch", "--config", config, "--host", "h", "--user", "u",
                "--dir", "/", "--pattern", "*", "--every", "5");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("--key").contains("--password-stdin");

        Cli.Result badName = withStdin("pw\n", "sources", "add-sftp", "a b", "--config", config, "--host", "h", "--user", "u",
                "--password-stdin", "--dir", "/", "--pattern", "*", "--every", "5");
        assertThat(badName.exit()).isEqualTo(2);
        assertThat(badName.err()).contains("'a b' is not a source name");
    }

    @Test
    void removeTakesTheSourceOffTheListAndIsAudited() throws Exception {
        addSwitch("secret");
        assertThat(Cli.ok(ledger, "sources", "list", "--config", config)).startsWith("switch\t");

        assertThat(Cli.ok(ledger, "sources", "remove", "switch", "--config", config)).isEqualTo("removed switch\n");

        assertThat(Cli.ok(ledger, "sources", "list", "--config", config)).isEmpty();
        Cli.Result again = Cli.run(ledger, "sources", "remove", "switch", "--config", config);
        assertThat(again.exit()).isOne();
        assertThat(again.err()).contains("no source named switch");
        try (com.meterbook.ledger.Ledger l = com.meterbook.ledger.Ledger.open(ledger)) {
            List<com.meterbook.ledger.AuditStore.Entry> audit =
                    l.inTransaction(s -> s.doReturningWork(c -> new com.meterbook.ledger.AuditStore(c).of("switch")));
            assertThat(audit).extracting(com.meterbook.ledger.AuditStore.Entry::action).contains("source add", "source remove");
        }
    }
}
