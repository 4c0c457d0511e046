package com.meterbook.ui.start;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.Formats;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import com.meterbook.ui.common.UsageImportJob;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The start screen of a ledger without customers: load the sample operator in the background, or
 * save settings (the contract's defaults, editable) and start empty. {@code onReady} runs once the
 * ledger is set up.
 */
public final class StartViewModel {

    public static final List<RoundingMode> ROUNDING_MODES = List.of(RoundingMode.HALF_UP, RoundingMode.UP, RoundingMode.DOWN);

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Optional<Path> sampleFolder;
    private final LongSupplier nanoTime;
    private final Runnable onReady;

    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    private final StringProperty zone = new SimpleStringProperty(this, "zone");
    private final StringProperty currency = new SimpleStringProperty(this, "currency");
    private final StringProperty countryCode = new SimpleStringProperty(this, "countryCode");
    private final ObjectProperty<Integer> decimals = new SimpleObjectProperty<>(this, "decimals");
    private final ObjectProperty<RoundingMode> rounding = new SimpleObjectProperty<>(this, "rounding");
    private final StringProperty threshold = new SimpleStringProperty(this, "threshold");
    private final StringProperty taxRate = new SimpleStringProperty(this, "taxRate");
    private final StringProperty maxDuration = new SimpleStringProperty(this, "maxDuration");
    private final StringProperty maxCharge = new SimpleStringProperty(this, "maxCharge", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    public StartViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs, Optional<Path> sampleFolder,
                          LongSupplier nanoTime, Runnable onReady) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        this.sampleFolder = sampleFolder;
        this.nanoTime = nanoTime;
        this.onReady = onReady;
        LedgerSettings defaults = LedgerSettings.defaults(ZoneId.systemDefault());
        zone.set(defaults.zone().getId());
        currency.set(defaults.currency().getCurrencyCode());
        countryCode.set(defaults.countryCode());
        decimals.set(defaults.decimals());
        rounding.set(defaults.rounding());
        threshold.set(defaults.threshold().toPlainString());
        taxRate.set(defaults.taxRate().toPlainString());
        maxDuration.set(Long.toString(defaults.maxDurationSeconds()));
        for (Observable field : List.<Observable>of(zone, currency, countryCode, decimals, rounding, threshold, taxRate, maxDuration, maxCharge)) {
            field.addListener(o -> validate());
        }
        validate();
    }

    public boolean sampleAvailable() {
        return sampleFolder.isPresent();
    }

    public String sampleDescription() {
        return sampleFolder.map(p -> "From " + p).orElse("No sample-data/ folder in the working directory or next to the application.");
    }

    public void loadSample() {
        if (busy.get() || sampleFolder.isEmpty()) {
            return;
        }
        Path folder = sampleFolder.get();
        busy.set(true);
        status.set("Loading the sample data…");
        BackgroundTask<UsageImportJob.Result> task = BackgroundTask.of(context -> SampleData.load(ledger, folder, context, nanoTime));
        task.progressProperty().addListener((o, old, now) -> progress.set(now.doubleValue()));
        task.messageProperty().addListener((o, old, now) -> status.set(now));
        executor.execute(task
                .onSuccess(result -> {
                    busy.set(false);
                    progress.set(1);
                    status.set("Loaded: imported " + Formats.count(result.imported()) + ", duplicates "
                            + Formats.count(result.duplicates()) + ", exceptions " + Formats.count(result.exceptions()));
                    onReady.run();
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set("The sample data could not be loaded.");
                    dialogs.showError("Sample data", String.valueOf(e.getMessage()));
                }));
    }

    public void startEmpty() {
        Optional<LedgerSettings> settings = parse();
        if (busy.get() || settings.isEmpty()) {
            return;
        }
        busy.set(true);
        status.set("Saving the settings…");
        executor.execute(BackgroundTask.of(context -> {
                    ledger.saveSettings(settings.get());
                    return settings.get();
                })
                .onSuccess(saved -> {
                    busy.set(false);
                    status.set("");
                    onReady.run();
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set("");
                    dialogs.showError("Ledger settings", String.valueOf(e.getMessage()));
                }));
    }

    private void validate() {
        try {
            settingsOrThrow();
            problem.set("");
            valid.set(true);
        } catch (IllegalArgumentException | DateTimeException e) {
            problem.set(e.getMessage());
            valid.set(false);
        }
    }

    Optional<LedgerSettings> parse() {
        try {
            return Optional.of(settingsOrThrow());
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private LedgerSettings settingsOrThrow() {
        ZoneId z;
        try {
            z = ZoneId.of(text(zone).strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("zone: '" + text(zone) + "' is not a time zone (e.g. Asia/Kuala_Lumpur)");
        }
        Currency c;
        try {
            c = Currency.getInstance(text(currency).strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency: '" + text(currency) + "' is not an ISO 4217 code");
        }
        if (decimals.get() == null || rounding.get() == null) {
            throw new IllegalArgumentException("decimals and rounding are required");
        }
        long duration;
        try {
            duration = Long.parseLong(text(maxDuration).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("max-duration: '" + text(maxDuration) + "' is not a whole number of seconds");
        }
        String max = text(maxCharge).strip();
        return new LedgerSettings(z, c, text(countryCode).strip(), decimals.get(), rounding.get(),
                number("threshold", threshold), number("tax-rate", taxRate), duration,
                max.isEmpty() ? Optional.empty() : Optional.of(number("max-charge", maxCharge)));
    }

    private static BigDecimal number(String name, StringProperty field) {
        try {
            return new BigDecimal(text(field).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + text(field) + "' is not a number");
        }
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty countryCodeProperty() {
        return countryCode;
    }

    public ObjectProperty<Integer> decimalsProperty() {
        return decimals;
    }

    public ObjectProperty<RoundingMode> roundingProperty() {
        return rounding;
    }

    public StringProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty taxRateProperty() {
        return taxRate;
    }

    public StringProperty maxDurationProperty() {
        return maxDuration;
    }

    public StringProperty maxChargeProperty() {
        return maxCharge;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
