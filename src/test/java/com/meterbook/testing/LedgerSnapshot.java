package com.meterbook.testing;

import com.meterbook.documents.CsvExports;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.CycleClose;
import com.meterbook.operations.RatingContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * What a ledger folder holds, as the charges, exceptions and balances exports show it, read with one
 * opening of the ledger (the command line would open it once per export).
 */
public final class LedgerSnapshot {

    private LedgerSnapshot() {
    }

    public static String of(Path ledgerFolder, Path scratch, YearMonth... periods) {
        try (Ledger ledger = Ledger.open(ledgerFolder)) {
            LedgerSettings settings = ledger.inTransaction(RatingContext::settings);
            CsvExports exports = new CsvExports(ledger);
            StringBuilder s = new StringBuilder();
            Path out = scratch.resolve("snapshot.csv");
            exports.charges(null, settings, out);
            s.append(Files.readString(out));
            exports.exceptions(out);
            s.append(Files.readString(out));
            for (YearMonth period : periods) {
                exports.balances(new CycleClose(ledger, TestLedger.CLOCK, "test").balances(period), out);
                s.append(Files.readString(out));
            }
            return s.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
