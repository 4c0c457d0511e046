package com.meterbook.ui.customers;

import com.meterbook.domain.Customer;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.operations.CustomerRules;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.CurrentThreadTaskExecutor;
import com.meterbook.ui.common.FakeDialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.LedgerWatcher;
import com.meterbook.ui.common.UiFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer screen's view model on the small operator: search, the detail, validation and an audited save. */
@Tag("db")
class CustomersViewModelTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final FakeDialogService dialogs = new FakeDialogService();
    private LedgerWatcher watcher;
    private CustomersViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        ledger.importFile(ledger.write("calls.csv", SmallOperator.file(UiFixtures.CALLS_WITH_BAD_LINES)), UsageFormat.GENERIC, 100);
        LedgerService service = new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test");
        watcher = new LedgerWatcher(service, executor);
        model = new CustomersViewModel(service, executor, dialogs, watcher.stampProperty());
        watcher.start(Duration.ofSeconds(1));
        model.setActive(true);
    }

    @AfterEach
    void tearDown() {
        watcher.close();
        ledger.close();
    }

    private void choose(String account) {
        model.selectedProperty().set(model.shown().stream().filter(c -> c.account().equals(account)).findFirst().orElseThrow());
    }

    @Test
    void searchesByAccountNameAndNumberAsWrittenOrNormalised() {
        assertThat(model.shown()).extracting(Customer::account).containsExactly("A1", "A2", "A3", "A4");
        model.searchProperty().set("gamma");
        assertThat(model.shown()).extracting(Customer::account).containsExactly("A3");
        model.searchProperty().set("012-222");
        assertThat(model.shown()).extracting(Customer::account).containsExactly("A2");
        model.searchProperty().set("a4");
        assertThat(model.shown()).extracting(Customer::account).containsExactly("A4");
        model.searchProperty().set("nobody");
        assertThat(model.shown()).isEmpty();
    }

    @Test
    void showsTheDetailWithOverridesAndUsageOfTheOpenCycle() {
        choose("A2");

        assertThat(model.headingProperty().get()).isEqualTo("A2 · Beta, \"Best\" Sdn Bhd");
        assertThat(model.form().numbers()).containsExactly("60122222222", "60322222222");
        assertThat(model.form().thresholdProperty().get()).isEqualTo("0.5");
        assertThat(model.overrides()).hasSize(2).allMatch(r -> r.account().equals("A2"));
        // T3: 500 s to 6012 on A2's override, billed in 6 s steps to 504 s: 120 s at 0.10/60 (0.20) and 384 s from tier 120 at
        // 0.05/60 (0.32)
        assertThat(model.usageProperty().get()).isEqualTo("2026-01 (open) · 1 rated record · RM 0.52\nCalls: 1 · billed 0:08:24 · RM 0.52");
        assertThat(model.latest()).extracting(RecordRow::recordId).containsExactly("T3");
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @Test
    void badValuesAreMarkedWithTheReasonAndCannotBeSaved() {
        choose("A1");
        var form = model.form();

        form.thresholdProperty().set("abc");
        assertThat(form.errorProperty(CustomerRules.THRESHOLD).get()).isEqualTo("'abc' is not a number");
        assertThat(model.canSaveProperty().get()).isFalse();
        form.thresholdProperty().set("-1");
        assertThat(form.errorProperty(CustomerRules.THRESHOLD).get()).isEqualTo("must not be negative");
        form.thresholdProperty().set("2.50");
        assertThat(form.errorProperty(CustomerRules.THRESHOLD).get()).isEmpty();
        assertThat(model.canSaveProperty().get()).isTrue();

        form.nameProperty().set("  ");
        assertThat(form.errorProperty(CustomerRules.NAME).get()).isEqualTo("is empty");
        assertThat(model.canSaveProperty().get()).isFalse();
        form.nameProperty().set("Alpha Trading Sdn Bhd");

        form.newNumberProperty().set("(04) 444 4444");
        form.addNumber();
        assertThat(form.numbers()).contains("6044444444");
        assertThat(form.errorProperty(CustomerRules.NUMBERS).get()).isEqualTo("6044444444 belongs to A4");
        assertThat(model.canSaveProperty().get()).isFalse();
        form.removeNumber("6044444444");
        assertThat(form.errorProperty(CustomerRules.NUMBERS).get()).isEmpty();

        form.planProperty().set("GOLD");
        assertThat(form.errorProperty(CustomerRules.PLAN).get()).isEqualTo("'GOLD' has no rate rows");
        form.planProperty().set("Q");
        assertThat(model.canSaveProperty().get()).isTrue();

        form.entityProperty().set("EAST WING");
        assertThat(form.errorProperty(CustomerRules.ENTITY).get()).contains("is not an entity name");
        form.entityProperty().set("");
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void savesInOneAuditedTransactionAndKeepsTheChangeAfterAReload() {
        choose("A1");
        var form = model.form();
        assertThat(model.canSaveProperty().get()).isFalse();
        form.newNumberProperty().set("012-777 7777");
        form.addNumber();
        form.thresholdProperty().set("2.5");
        form.planProperty().set("Q");
        assertThat(model.canSaveProperty().get()).isTrue();

        model.save();

        assertThat(model.statusProperty().get()).startsWith("Saved A1.");
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(form.numbers()).containsExactly("60127777777", "60311111111");
        assertThat(ledger.query("select plan, threshold from customer where account = 'A1'"))
                .containsExactly(List.of("Q", new java.math.BigDecimal("2.500000")));
        assertThat(ledger.query("select actor, action, subject, detail from audit_entry where action = 'customer edit'"))
                .containsExactly(List.of("test", "customer edit", "A1",
                        "plan 'P' -> 'Q'; threshold 'default' -> '2.5'; numbers +60127777777"));

        form.nameProperty().set("Changed");
        model.revert();
        assertThat(form.nameProperty().get()).isEqualTo("Alpha Trading");
        assertThat(model.form().dirtyProperty().get()).isFalse();
    }
}
