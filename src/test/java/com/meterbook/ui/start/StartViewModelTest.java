package com.meterbook.ui.start;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.Ledger;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The start screen's view model: the settings form, starting empty, and loading a (shortened) sample. */
@Tag("db")
class StartViewModelTest {

    @TempDir
    Path folder;

    private Ledger ledger;
    private LedgerService service;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final AtomicInteger ready = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();

    @BeforeEach
    void open() {
        ledger = Ledger.open(folder.resolve("ledger"));
        service = new LedgerService(ledger, TestLedger.CLOCK, "test");
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private StartViewModel model(Optional<Path> sample) {
        return new StartViewModel(service, new CurrentThreadTaskExecutor(), dialogs, sample,
                () -> nanos.addAndGet(100_000_000), ready::incrementAndGet);
    }

    @Test
    void theFormStartsWithTheContractDefaults() {
        StartViewModel model = model(Optional.empty());
        assertThat(model.currencyProperty().get()).isEqualTo("MYR");
        assertThat(model.countryCodeProperty().get()).isEqualTo("60");
        assertThat(model.decimalsProperty().get()).isEqualTo(2);
        assertThat(model.roundingProperty().get()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(model.thresholdProperty().get()).isEqualTo("1.00");
        assertThat(model.taxRateProperty().get()).isEqualTo("0");
        assertThat(model.maxDurationProperty().get()).isEqualTo("14400");
        assertThat(model.maxChargeProperty().get()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.sampleAvailable()).isFalse();
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource({
            "zone, Mars/Olympus, is not a time zone",
            "currency, RMX, is not an ISO 4217 code",
            "countryCode, 6O, country-code must be 1 to 4 digits",
            "threshold, -1, threshold must not be negative",
            "taxRate, six, tax-rate: 'six' is not a number",
            "maxDuration, 0, max-duration must be positive",
            "maxCharge, lots, max-charge: 'lots' is not a number"})
    void aBadFieldIsNamedAndBlocksStartingEmpty(String field, String value, String problem) {
        StartViewModel model = model(Optional.empty());
        switch (field) {
            case "zone" -> model.zoneProperty().set(value);
            case "currency" -> model.currencyProperty().set(value);
            case "countryCode" -> model.countryCodeProperty().set(value);
            case "threshold" -> model.thresholdProperty().set(value);
            case "taxRate" -> model.taxRateProperty().set(value);
            case "maxDuration" -> model.maxDurationProperty().set(value);
            case "maxCharge" -> model.maxChargeProperty().set(value);
            default -> throw new IllegalArgumentException(field);
        }
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).contains(problem);

        model.startEmpty();
        assertThat(ready.get()).isZero();
    }

    @Test
    void startingEmptySavesTheSettingsAndOpensTheLedger() {
        StartViewModel model = model(Optional.empty());
        model.zoneProperty().set("Asia/Kuala_Lumpur");
        model.thresholdProperty().set("2.50");
        model.taxRateProperty().set("0.06");
        model.maxChargeProperty().set("100");

        model.startEmpty();

        assertThat(ready.get()).isEqualTo(1);
        LedgerSettings saved = service.settings();
        assertThat(saved.zone()).isEqualTo(ZoneId.of("Asia/Kuala_Lumpur"));
        assertThat(saved.threshold()).isEqualByComparingTo("2.50");
        assertThat(saved.taxRate()).isEqualByComparingTo("0.06");
        assertThat(saved.maxCharge()).hasValueSatisfying(max -> assertThat(max).isEqualByComparingTo(new BigDecimal("100")));
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void loadingTheSampleImportsEverythingInKualaLumpurTimeWithProgress() {
        Path sample = UiFixtures.smallSample(folder.resolve("sample"), 41);
        StartViewModel model = model(Optional.of(sample));
        List<Double> progress = new ArrayList<>();
        model.progressProperty().addListener((o, old, now) -> progress.add(now.doubleValue()));

        model.loadSample();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(ready.get()).isEqualTo(1);
        assertThat(service.hasCustomers()).isTrue();
        assertThat(service.settings().zone()).isEqualTo(SampleData.ZONE);
        assertThat(progress).isSorted().last().isEqualTo(1.0);
        assertThat(model.statusProperty().get()).startsWith("Loaded: imported ").contains("exceptions");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aBrokenSampleIsReportedAndTheScreenStays() throws Exception {
        Path sample = UiFixtures.smallSample(folder.resolve("sample"), 10);
        java.nio.file.Files.writeString(sample.resolve("rates.csv"), "not,a,rate,file\n");
        StartViewModel model = model(Optional.of(sample));

        model.loadSample();

        assertThat(ready.get()).isZero();
        assertThat(dialogs.errors()).singleElement().asString().startsWith("Sample data: ").contains("rates.csv");
        assertThat(model.busyProperty().get()).isFalse();
    }
}
