package com.meterbook.ui.start;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ingest.FileRejectedException;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.operations.MasterDataImport;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UsageImportJob;
import com.meterbook.ui.common.UsageImportJob.FileToImport;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The sample operator of {@code sample-data/} (Sinar Telekom), loaded as the README's walkthrough
 * does: the zone Asia/Kuala_Lumpur, the master data, then both call files, the events and the readings.
 */
public final class SampleData {

    public static final ZoneId ZONE = ZoneId.of("Asia/Kuala_Lumpur");
    /** The sample operator's letterhead (also in README's month of billing, as `entities set`). */
    static final String LETTERHEAD_NAME = "Sinar Telekom Sdn Bhd";
    static final List<String> LETTERHEAD_ADDRESS = List.of("Level 12, Menara Sinar", "No. 8, Jalan Sultan Ismail", "50250 Kuala Lumpur, Malaysia");
    static final String LETTERHEAD_TAX_ID = "SST W10-1808-32000123";

    static final List<String> MASTER_FILES = List.of("customers.csv", "bands.csv", "holidays.csv", "rates.csv", "recurring.csv");
    static final List<FileToImport> USAGE_FILES = List.of(
            new FileToImport(Path.of("cdrs-2026-01.csv"), UsageFormat.GENERIC),
            new FileToImport(Path.of("cdrs-2026-02.csv"), UsageFormat.GENERIC),
            new FileToImport(Path.of("events-2026.csv"), UsageFormat.EVENTS),
            new FileToImport(Path.of("readings-2026.csv"), UsageFormat.READINGS));

    private SampleData() {
    }

    /** {@code sample-data/} in the working directory, next to the jar, or next to the jar's folder ({@code target/}). */
    public static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(System.getProperty("user.dir", ".")).resolve("sample-data"));
        jarFolder().ifPresent(dir -> {
            candidates.add(dir.resolve("sample-data"));
            if (dir.getParent() != null) {
                candidates.add(dir.getParent().resolve("sample-data"));
            }
        });
        return candidates.stream().filter(SampleData::complete).findFirst().map(Path::toAbsolutePath);
    }

    static boolean complete(Path folder) {
        return MASTER_FILES.stream().allMatch(f -> Files.isRegularFile(folder.resolve(f)))
                && USAGE_FILES.stream().allMatch(f -> Files.isRegularFile(folder.resolve(f.file())));
    }

    private static Optional<Path> jarFolder() {
        try {
            var source = SampleData.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.ofNullable(Path.of(source.getLocation().toURI()).getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Loads the folder into the ledger; runs in a background task. */
    public static UsageImportJob.Result load(LedgerService ledger, Path folder, BackgroundTask.Context context, LongSupplier nanoTime)
            throws FileRejectedException, IOException {
        context.updateProgress(0, 1);
        context.updateMessage("Settings: zone " + ZONE);
        LedgerSettings current = ledger.settings();
        ledger.saveSettings(new LedgerSettings(ZONE, current.currency(), current.countryCode(), current.decimals(),
                current.rounding(), current.threshold(), current.taxRate(), current.maxDurationSeconds(), current.maxCharge()));
        MasterDataImport master = ledger.masterData();
        context.updateMessage("Customers, bands, holidays, rates and recurring charges");
        master.customers(folder.resolve("customers.csv"));
        master.bands(folder.resolve("bands.csv"));
        master.holidays(folder.resolve("holidays.csv"));
        master.rates(folder.resolve("rates.csv"));
        master.recurring(folder.resolve("recurring.csv"));
        context.updateMessage("Letterhead of Sinar Telekom");
        Path logo = folder.resolve("sinar-logo.png");
        ledger.entityProfiles().set("MAIN", new com.meterbook.operations.EntityProfiles.Change(Optional.of(LETTERHEAD_NAME),
                Optional.of(LETTERHEAD_ADDRESS), Optional.of(LETTERHEAD_TAX_ID),
                java.nio.file.Files.isRegularFile(logo) ? Optional.of(java.nio.file.Files.readAllBytes(logo)) : Optional.empty(), false,
                Optional.empty()));
        List<FileToImport> usage = USAGE_FILES.stream().map(f -> new FileToImport(folder.resolve(f.file()), f.format())).toList();
        return new UsageImportJob(ledger, nanoTime).run(usage, context);
    }
}
