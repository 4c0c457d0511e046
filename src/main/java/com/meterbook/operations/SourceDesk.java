package com.meterbook.operations;

import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.PullSourceRow;
import com.meterbook.sources.Backoff;
import com.meterbook.sources.SecretBox;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The pull sources as the desktop uses them: list, pull one, pull those due, accept a host key. The
 * secrets key is opened only when a source is first used, so a desktop without sources never makes one.
 */
public final class SourceDesk {

    private final Ledger ledger;
    private final Supplier<SecretBox> secrets;
    private final SourcePull.Importer importer;
    private final Clock clock;
    private final String actor;
    private final Backoff backoff;

    public SourceDesk(Ledger ledger, Supplier<SecretBox> secrets, SourcePull.Importer importer, Clock clock, String actor, Backoff backoff) {
        this.ledger = ledger;
        this.secrets = secrets;
        this.importer = importer;
        this.clock = clock;
        this.actor = actor;
        this.backoff = backoff;
    }

    private PullSources sources() {
        return new PullSources(ledger, secrets.get(), clock, actor);
    }

    /** The sources; needs no secrets key. */
    public List<PullSourceRow> list() {
        return ledger.inTransaction(session -> session.doReturningWork(c -> new com.meterbook.ledger.SourceStore(c).all()));
    }

    public SourcePull.Result pull(String name) {
        return new SourcePull(ledger, sources(), importer, clock, actor, backoff).pull(name);
    }

    /** Pulls every source that is due now; none when none is. */
    public List<SourcePull.Result> pullDue() {
        List<SourcePull.Result> results = new ArrayList<>();
        for (PullSourceRow due : PullSchedule.due(list(), clock.instant())) {
            results.add(pull(due.name()));
        }
        return results;
    }

    /** Adds a source, its password sealed with the desktop's secrets key (made on first use). */
    public void add(PullSources.NewSftpSource source) {
        sources().addSftp(source);
    }

    public void remove(String name) {
        sources().remove(name);
    }

    public PullSources.Trusted trust(String name) throws IOException {
        return sources().trust(name, false, SourcePull.TIMEOUT);
    }
}
