package com.meterbook.operations;

import com.meterbook.billing.EntityProfile;
import com.meterbook.domain.Customer;
import com.meterbook.ledger.AuditStore;
import com.meterbook.ledger.EntityStore;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.MasterDataStore;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The letterheads of the billing entities: each entity that customers name (or that has a profile),
 * with its profile or, before one is set, its code as its name. Every change is audited.
 */
public final class EntityProfiles {

    /** A change to a profile: each field present replaces the old value; {@code dropLogo} removes the logo. */
    public record Change(Optional<String> name, Optional<List<String>> address, Optional<String> taxId, Optional<byte[]> logo,
                         boolean dropLogo, Optional<Integer> paymentDays) {
        public static Change none() {
            return new Change(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());
        }
    }

    private final Ledger ledger;
    private final Clock clock;
    private final String actor;

    public EntityProfiles(Ledger ledger, Clock clock, String actor) {
        this.ledger = ledger;
        this.clock = clock;
        this.actor = actor;
    }

    /** Every entity customers name or that has a profile, by code. */
    public List<EntityProfile> list() {
        return ledger.inTransaction(session -> {
            TreeMap<String, EntityProfile> all = new TreeMap<>();
            new MasterDataStore(session).customers().stream().map(Customer::entity).forEach(e -> all.put(e, EntityProfile.bare(e)));
            session.doWork(c -> new EntityStore(c).all().forEach(p -> all.put(p.entity(), p)));
            return List.copyOf(all.values());
        });
    }

    /** The entity's profile; empty when no customer names it and it has no profile. */
    public Optional<EntityProfile> find(String entity) {
        return list().stream().filter(p -> p.entity().equals(entity)).findFirst();
    }

    /** Applies the change to the entity's profile (a new one starts bare) and audits what it became. */
    public EntityProfile set(String entity, Change change) {
        if (entity == null || !entity.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("an entity code is 1 to 64 letters, digits or _: " + entity);
        }
        return ledger.inTransaction(session -> session.doReturningWork(c -> {
            EntityStore store = new EntityStore(c);
            EntityProfile old = store.find(entity).orElse(EntityProfile.bare(entity));
            Optional<byte[]> logo = change.dropLogo() ? Optional.empty() : change.logo().or(old::logo);
            EntityProfile now = new EntityProfile(entity, change.name().orElse(old.name()), change.address().orElse(old.address()),
                    change.taxId().orElse(old.taxId()), logo, change.paymentDays().orElse(old.paymentDays()));
            store.save(now, clock.instant(), actor);
            new AuditStore(c).add(List.of(new AuditStore.Entry(clock.instant(), actor, "entity profile", "entity " + entity,
                    now.toString())));
            return now;
        }));
    }
}
