package com.meterbook.operations;

import com.meterbook.ledger.DropFolderSettings;
import com.meterbook.ledger.ImportLog;
import com.meterbook.ledger.Ledger;

import java.time.Clock;
import java.util.Optional;

/** Reads and saves the ledger's drop folder settings; a change is audited. */
public final class DropFolderConfig {

    private final Ledger ledger;
    private final Clock clock;
    private final String actor;

    public DropFolderConfig(Ledger ledger, Clock clock, String actor) {
        this.ledger = ledger;
        this.clock = clock;
        this.actor = actor;
    }

    public Optional<DropFolderSettings> load() {
        return ledger.inTransaction(s -> s.doReturningWork(DropFolderSettings::load));
    }

    public void save(DropFolderSettings settings) {
        ledger.run(s -> {
            s.doWork(settings::save);
            new ImportLog(s).audit(clock.instant(), actor, "drop folder", settings.folder().toString(), settings.describe());
        });
    }
}
