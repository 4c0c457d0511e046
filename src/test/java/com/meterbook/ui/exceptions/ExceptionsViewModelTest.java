package com.meterbook.ui.exceptions;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.CurrentThreadTaskExecutor;
import com.meterbook.ui.common.FakeDialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.LedgerService.OpenException;
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
    void listsOpenExceptionsAndFiltersThemByReason(@TempDir Path folder) throws Exception {
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

            assertThat(model.shown()).extracting(OpenException::recordId, OpenException::source, OpenException::line, OpenException::reason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("T2", "calls.csv", 3L, "INVALID_RECORD"),
                            org.assertj.core.groups.Tuple.tuple("T4", "calls.csv", 5L, "INVALID_RECORD"),
                            org.assertj.core.groups.Tuple.tuple("T5", "calls.csv", 6L, "UNKNOWN_ACCOUNT"));
            assertThat(model.reasons()).containsExactly(ExceptionsViewModel.ALL, "INVALID_RECORD", "UNKNOWN_ACCOUNT");

            model.reasonProperty().set("UNKNOWN_ACCOUNT");

            assertThat(model.shown()).extracting(OpenException::recordId).containsExactly("T5");
            assertThat(model.countProperty().get()).isEqualTo("1 of 3 open exceptions");
            assertThat(model.shown().getFirst().detail()).isNotBlank();
            watcher.close();
        }
    }
}
