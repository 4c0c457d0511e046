package com.meterbook.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Who did what to the ledger, and when. */
@Entity
@Table(name = "audit_entry")
class AuditEntryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    OffsetDateTime at;
    String actor;
    String action;
    String subject;
    String detail;

    static AuditEntryEntity of(OffsetDateTime at, String actor, String action, String subject, String detail) {
        AuditEntryEntity e = new AuditEntryEntity();
        e.at = at;
        e.actor = actor;
        e.action = action;
        e.subject = subject;
        e.detail = detail;
        return e;
    }
}
