package com.meterbook.operations;

import com.meterbook.ingest.MappingProfile;
import com.meterbook.ledger.AuditStore;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.ProfileStore;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Saving, listing and finding mapping profiles; every save is audited with the text saved. */
public final class MappingProfiles {

    private final Ledger ledger;
    private final Clock clock;
    private final String actor;

    public MappingProfiles(Ledger ledger, Clock clock, String actor) {
        this.ledger = ledger;
        this.clock = clock;
        this.actor = actor;
    }

    /** Checks and saves (or replaces) a profile; the exception's message says what is wrong with it. */
    public MappingProfile save(String name, String text) {
        MappingProfile profile = MappingProfile.parse(name, text);
        String definition = profile.text();
        ledger.run(session -> session.doWork(connection -> {
            boolean replaced = new ProfileStore(connection).save(profile.name(), definition, clock.instant(), actor);
            new AuditStore(connection).add(List.of(new AuditStore.Entry(clock.instant(), actor,
                    replaced ? "profile replace" : "profile save", "profile " + profile.name(), definition)));
        }));
        return profile;
    }

    public List<ProfileStore.Stored> list() {
        return ledger.inTransaction(session -> session.doReturningWork(connection -> new ProfileStore(connection).all()));
    }

    public Optional<MappingProfile> find(String name) {
        return ledger.inTransaction(session -> session.doReturningWork(connection -> new ProfileStore(connection).find(name)))
                .map(s -> MappingProfile.parse(s.name(), s.definition()));
    }

    /** The profile of that name, or an exception naming the profiles there are. */
    public MappingProfile get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no mapping profile '" + name + "' (there are: "
                + String.join(", ", list().stream().map(ProfileStore.Stored::name).toList()) + ")"));
    }
}
