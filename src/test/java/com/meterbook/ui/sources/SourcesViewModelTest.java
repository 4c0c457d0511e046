package com.meterbook.ui.sources;

import com.meterbook.operations.PullSources;
import com.meterbook.sources.SecretBox;
import com.meterbook.sources.SftpFolder;
import com.meterbook.testing.SftpTestServer;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.CurrentThreadTaskExecutor;
import com.meterbook.ui.common.FakeDialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The sources screen's view model over a real ledger and a real SFTP server, run on the calling thread. */
@Tag("db")
class SourcesViewModelTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private SftpTestServer server;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final com.meterbook.testing.MutableClock clock = new com.meterbook.testing.MutableClock(TestLedger.CLOCK.instant());
    private SourcesViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        server = SftpTestServer.start(folder.resolve("remote"));
        server.put("incoming/a.csv", SmallOperator.file(UiFixtures.calls(1, 3)), Instant.parse("2026-01-30T01:00:00Z"));
        Path config = folder.resolve("config");
        new PullSources(ledger.ledger(), SecretBox.open(config), TestLedger.CLOCK, "test").addSftp(new PullSources.NewSftpSource(
                "switch", "127.0.0.1", server.port(), SftpTestServer.USER, Optional.empty(), Optional.of(SftpTestServer.PASSWORD),
                "/incoming", "*.csv", 5));
        LedgerService service = new LedgerService(ledger.ledger(), clock, "test").sourcesConfig(config);
        model = new SourcesViewModel(service, executor, dialogs);
    }

    @AfterEach
    void tearDown() {
        server.close();
        ledger.close();
    }

    private long stored() {
        return (Long) ledger.query("select count(*) from usage_record").getFirst().getFirst();
    }

    @Test
    void listsTheSourcesWhenShown() {
        model.setActive(true);

        assertThat(model.rows()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("switch");
            assertThat(line.address()).isEqualTo("meter@127.0.0.1:" + server.port());
            assertThat(line.folder()).isEqualTo("/incoming/*.csv");
            assertThat(line.lastPull()).isEqualTo("never");
            assertThat(line.status()).isEqualTo("not pulled yet; host key not accepted");
        });
    }

    @Test
    void pullNowAsksToAcceptAnUnknownHostKeyShowingItsFingerprintThenPulls() {
        model.setActive(true);
        model.selectedProperty().set(model.rows().getFirst());
        dialogs.willAnswer(true);

        model.pullNow();

        assertThat(dialogs.questions()).singleElement().asString().startsWith("Accept this host key: ")
                .contains(SftpFolder.fingerprint(server.hostKey().getPublic()));
        assertThat(stored()).isEqualTo(3);
        assertThat(model.rows().getFirst().status()).isEqualTo("ok");
        assertThat(model.rows().getFirst().lastFetched()).isEqualTo(1);
        assertThat(model.rows().getFirst().lastPull()).isEqualTo("2026-03-05 10:00");
        assertThat(model.messageProperty().get()).startsWith("switch: fetched 1 (a.csv: generic, imported 3");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aDeclinedHostKeyLeavesTheErrorShownAndNothingPulled() {
        model.setActive(true);
        model.selectedProperty().set(model.rows().getFirst());
        dialogs.willAnswer(false);

        model.pullNow();

        assertThat(stored()).isZero();
        assertThat(model.rows().getFirst().status()).contains("not trusted yet");
        assertThat(model.rows().getFirst().failing()).isTrue();
    }

    @Test
    void theScheduleFetchesDueSourcesInTheBackground() {
        model.setActive(true);
        model.selectedProperty().set(model.rows().getFirst());
        dialogs.willAnswer(true);
        model.pullNow();
        server.put("incoming/b.csv", SmallOperator.file(UiFixtures.calls(10, 2)), Instant.parse("2026-01-30T02:00:00Z"));
        model.start();

        clock.advance(java.time.Duration.ofMinutes(4));
        executor.tick();
        assertThat(stored()).as("not due until 5 minutes after the last pull").isEqualTo(3);

        clock.advance(java.time.Duration.ofMinutes(1));
        executor.tick();
        assertThat(stored()).isEqualTo(5);
        assertThat(model.rows().getFirst().lastPull()).isEqualTo("2026-03-05 10:05");
        assertThat(model.messageProperty().get()).startsWith("switch: fetched 1 (b.csv");

        model.stop();
        clock.advance(java.time.Duration.ofMinutes(5));
        server.put("incoming/c.csv", SmallOperator.file(UiFixtures.calls(20, 1)), Instant.parse("2026-01-30T03:00:00Z"));
        executor.tick();
        assertThat(stored()).as("stopped: no more scheduled pulls").isEqualTo(5);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void theNewSourceFormSaysWhatIsWrongUntilEveryFieldIsRightThenAddsTheSourceWithItsPasswordSealed() {
        model.setActive(true);
        model.startAdding();
        SftpSourceForm form = model.form();
        assertThat(model.addingProperty().get()).isTrue();
        assertThat(form.problemProperty().get()).isEqualTo("give the source a name");
        form.nameProperty().set("switch");
        assertThat(form.problemProperty().get()).isEqualTo("a source named switch exists already");
        form.nameProperty().set("second");
        form.portProperty().set("2x");
        assertThat(form.problemProperty().get()).isEqualTo("the port must be a whole number");
        form.portProperty().set(String.valueOf(server.port()));
        assertThat(form.problemProperty().get()).isEqualTo("give the password (it is stored encrypted)");
        form.passwordProperty().set(SftpTestServer.PASSWORD);
        assertThat(form.problemProperty().get()).isEqualTo("host, user, folder and pattern must not be empty");
        form.hostProperty().set("127.0.0.1");
        form.userProperty().set(SftpTestServer.USER);
        form.folderProperty().set("/incoming");
        form.everyProperty().set("0");
        assertThat(form.problemProperty().get()).isEqualTo("the schedule is every 1 minute or more");
        form.everyProperty().set("10");
        form.useKeyProperty().set(true);
        assertThat(form.problemProperty().get()).isEqualTo("choose the private key file");
        form.useKeyProperty().set(false);
        assertThat(form.valid()).isTrue();

        model.saveNew();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(model.addingProperty().get()).isFalse();
        assertThat(model.rows()).extracting(SourceLine::name).containsExactly("second", "switch");
        assertThat(model.messageProperty().get()).startsWith("Added second.");
        String sealed = (String) ledger.query("select password_sealed from pull_source where name = 'second'").getFirst().getFirst();
        assertThat(sealed).isNotBlank().doesNotContain(SftpTestServer.PASSWORD);

        model.selectedProperty().set(model.rows().getFirst());
        dialogs.willAnswer(true);
        model.pullNow();
        assertThat(stored()).as("the password was sealed so that it opens again: the pull logged in").isEqualTo(3);
    }

    @Test
    void removeAsksFirstAndTakesTheSourceOffTheList() {
        model.setActive(true);
        model.selectedProperty().set(model.rows().getFirst());
        dialogs.willAnswer(false);
        model.removeSelected();
        assertThat(model.rows()).hasSize(1);

        dialogs.willAnswer(true);
        model.removeSelected();

        assertThat(model.rows()).isEmpty();
        assertThat(dialogs.questions()).hasSize(2).allMatch(q -> q.contains("switch"));
        assertThat(model.messageProperty().get()).isEqualTo("Removed switch.");
    }
}
