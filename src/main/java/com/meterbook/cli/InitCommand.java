package com.meterbook.cli;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.ImportLog;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.MasterDataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create the ledger with its settings, or change the settings given.")
final class InitCommand extends LedgerCommand {

    @Option(names = "--zone", description = "time zone of local timestamps and cycles (default: system zone)")
    ZoneId zone;
    @Option(names = "--currency", description = "ISO 4217 code (default: MYR)")
    Currency currency;
    @Option(names = "--country-code", description = "calling code for national numbers (default: 60)")
    String countryCode;
    @Option(names = "--decimals", description = "places each charge is rounded to, 0 to 6 (default: 2)")
    Integer decimals;
    @Option(names = "--rounding", description = "HALF_UP, UP or DOWN (default: HALF_UP)")
    RoundingMode rounding;
    @Option(names = "--threshold", description = "carry-forward invoicing floor (default: 1.00)")
    BigDecimal threshold;
    @Option(names = "--tax-rate", description = "e.g. 0.06 (default: 0)")
    BigDecimal taxRate;
    @Option(names = "--max-duration", description = "seconds; longer calls are OUT_OF_POLICY (default: 14400)")
    Long maxDuration;
    @Option(names = "--max-charge", description = "a dearer record is OUT_OF_POLICY (default: none)")
    BigDecimal maxCharge;

    @Override
    int run(Ledger ledger) {
        LedgerSettings saved;
        try {
            saved = save(ledger);
        } catch (IllegalArgumentException e) {
            err().println("meterbook: " + e.getMessage() + " (see --help)");
            return 2;
        }
        out().println("ledger " + ledger.folder() + ": zone " + saved.zone() + ", currency " + saved.currency()
                + ", decimals " + saved.decimals() + " " + saved.rounding() + ", threshold " + saved.threshold().toPlainString()
                + ", tax-rate " + saved.taxRate().toPlainString());
        return 0;
    }

    private LedgerSettings save(Ledger ledger) {
        return ledger.inTransaction(session -> {
            MasterDataStore store = new MasterDataStore(session);
            LedgerSettings base = store.settings().orElse(LedgerSettings.defaults(ZoneId.systemDefault()));
            LedgerSettings s = new LedgerSettings(
                    zone != null ? zone : base.zone(),
                    currency != null ? currency : base.currency(),
                    countryCode != null ? countryCode : base.countryCode(),
                    decimals != null ? decimals : base.decimals(),
                    rounding != null ? rounding : base.rounding(),
                    threshold != null ? threshold : base.threshold(),
                    taxRate != null ? taxRate : base.taxRate(),
                    maxDuration != null ? maxDuration : base.maxDurationSeconds(),
                    maxCharge != null ? Optional.of(maxCharge) : base.maxCharge());
            store.saveSettings(s);
            new ImportLog(session).audit(root().clock.instant(), MeterbookCli.actor(), "init", ledger.folder().toString(), s.toString());
            return s;
        });
    }
}
