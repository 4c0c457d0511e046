package com.meterbook.ui.exceptions;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.CurrentThreadTaskExecutor;
import com.meterbook.ui.common.FakeDialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ledger.ExceptionItem;
import com.meterbook.ui.common.LedgerWatcher;
import com.meterbook.ui.common.UiFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The exception queue's view model: what is open, filtered by reason, and reloaded when new exceptions arrive. */
@Tag("db")
class ExceptionsViewModelTest {

    @Test
    void listsExceptionItemsAndFiltersThemByReason(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = UiFixtures.smallOperator(folder)) {
            CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
            LedgerService service = new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test");
            LedgerWatcher watcher = new LedgerWatcher(service, executor);
            ExceptionsViewModel model = new ExceptionsViewModel(service, executor, new FakeDialogService(), watcher.stampProperty());
            watcher.start(Duration.ofSeconds(1));
            model.setActive(true);
            assertThat(model.shown()).isEmpty();
            assertThat(model.countProperty().get()).isEqualTo("0 open exceptions");

            ledger.importFile(ledger.write("calls.csv", SmallOperator.file(UiFixtures.CALLS_WITH_BAD_LINES)), UsageFormat.GENERIC, 100);
            executor.tick();

            assertThat(model.shown()).extracting(ExceptionItem::recordId, ExceptionItem::source, ExceptionItem::line, ExceptionItem::reason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("T2", "calls.csv", 3L, "INVALID_RECORD"),
                            org.assertj.core.groups.Tuple.tuple("T4", "calls.csv", 5L, "INVALID_RECORD"),
                            org.assertj.core.groups.Tuple.tuple("T5", "calls.csv", 6L, "UNKNOWN_ACCOUNT"));
            assertThat(model.reasons()).containsExactly(ExceptionsViewModel.ALL, "INVALID_RECORD", "UNKNOWN_ACCOUNT");

            model.reasonProperty().set("UNKNOWN_ACCOUNT");

            assertThat(model.shown()).extracting(ExceptionItem::recordId).containsExactly("T5");
            assertThat(model.countProperty().get()).isEqualTo("1 of 3 open exceptions");
            assertThat(model.shown().getFirst().detail()).isNotBlank();
            watcher.close();
        }
    }

    private static ExceptionItem item(ExceptionsViewModel model, String recordId) {
        return model.shown().stream().filter(i -> recordId.equals(i.recordId())).findFirst().orElseThrow();
    }

    @Test
    void filtersBySourceFileAndQueuedDate(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = UiFixtures.smallOperator(folder)) {
            CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
            LedgerService service = new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test");
            ExceptionsViewModel model = new ExceptionsViewModel(service, executor, new FakeDialogService(),
                    new javafx.beans.property.SimpleObjectProperty<>());
            ledger.importFile(ledger.write("calls.csv", SmallOperator.file(UiFixtures.CALLS_WITH_BAD_LINES)), UsageFormat.GENERIC, 100);
            ledger.importFile(ledger.write("other.csv", SmallOperator.file(List.of("X1,,03-9999 9999,012-345 6789,2026-01-29 12:00:00,60"))),
                    UsageFormat.GENERIC, 100);
            model.setActive(true);
            assertThat(model.sources()).containsExactly(ExceptionsViewModel.ALL_FILES, "calls.csv", "other.csv");

            model.sourceProperty().set("other.csv");
            assertThat(model.shown()).extracting(ExceptionItem::recordId).containsExactly("X1");
            assertThat(model.countProperty().get()).isEqualTo("1 of 4 open exceptions");

            java.time.LocalDate queued = TestLedger.CLOCK.instant().atZone(TestLedger.KL).toLocalDate();
            model.clearFilters();
            model.fromProperty().set(queued.plusDays(1));
            assertThat(model.shown()).isEmpty();
            model.fromProperty().set(queued);
            model.toProperty().set(queued);
            assertThat(model.shown()).hasSize(4);
        }
    }

    @Test
    void assigningTheSelectedItemResolvesItAndItsHistoryShowsTheAction(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = UiFixtures.smallOperator(folder)) {
            CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
            FakeDialogService dialogs = new FakeDialogService();
            ExceptionsViewModel model = new ExceptionsViewModel(new LedgerService(ledger.ledger(), TestLedger.CLOCK, "alice"), executor,
                    dialogs, new javafx.beans.property.SimpleObjectProperty<>());
            ledger.importFile(ledger.write("calls.csv", SmallOperator.file(UiFixtures.CALLS_WITH_BAD_LINES)), UsageFormat.GENERIC, 100);
            model.setActive(true);
            ExceptionActionsModel actions = model.actions();
            assertThat(actions.accounts()).containsExactly("A1", "A2", "A3", "A4");
            assertThat(actions.canActProperty().get()).isFalse();

            model.select(List.of(item(model, "T5")));
            assertThat(model.history().rawLineProperty().get()).isEqualTo("T5,,03-9999 9999,012-345 6789,2026-01-29 12:00:00,60");
            assertThat(model.history().entries()).extracting(HistoryRow::action).containsExactly("queued");
            assertThat(actions.canAssignProperty().get()).as("no customer chosen yet").isFalse();
            actions.accountProperty().set("A2");
            actions.assign();

            assertThat(dialogs.errors()).isEmpty();
            assertThat(actions.messageProperty().get()).isEqualTo("assign: resolved 1, still open 0, skipped 0");
            assertThat(model.shown()).extracting(ExceptionItem::recordId).containsExactly("T2", "T4");
            assertThat(model.history().titleProperty().get()).contains("T5", "(resolved: ASSIGNED)");
            assertThat(model.history().entries()).extracting(HistoryRow::action, HistoryRow::user)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("queued", "import"),
                            org.assertj.core.groups.Tuple.tuple("exception assign", "alice"));
            assertThat(model.history().entries().getLast().detail()).contains("assigned to A2", "rated 0.05 for A2 in 2026-01");
        }
    }

    @Test
    void aWriteOffWaitsForACommentAndSkippedItemsAreNamed(@TempDir Path folder) throws Exception {
        try (TestLedger ledger = UiFixtures.smallOperator(folder)) {
            CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
            FakeDialogService dialogs = new FakeDialogService();
            ExceptionsViewModel model = new ExceptionsViewModel(new LedgerService(ledger.ledger(), TestLedger.CLOCK, "alice"), executor,
                    dialogs, new javafx.beans.property.SimpleObjectProperty<>());
            ledger.importFile(ledger.write("calls.csv", SmallOperator.file(UiFixtures.CALLS_WITH_BAD_LINES)), UsageFormat.GENERIC, 100);
            model.setActive(true);
            ExceptionActionsModel actions = model.actions();
            model.select(List.of(item(model, "T2"), item(model, "T5")));

            actions.retry();
            assertThat(actions.messageProperty().get()).startsWith("retry: resolved 0, still open 1, skipped 1; exception ")
                    .contains("has no stored record to rate");
            assertThat(actions.canWriteOffProperty().get()).isFalse();
            actions.commentProperty().set("duplicate test traffic");
            assertThat(actions.canWriteOffProperty().get()).isTrue();
            actions.writeOff();

            assertThat(model.shown()).extracting(ExceptionItem::recordId).containsExactly("T4");
            assertThat(actions.commentProperty().get()).isEmpty();
            actions.accountProperty().set("NOPE");
            model.select(List.of(item(model, "T4")));
            actions.assign();
            assertThat(dialogs.errors()).containsExactly("Assign: no customer NOPE");
        }
    }
}
