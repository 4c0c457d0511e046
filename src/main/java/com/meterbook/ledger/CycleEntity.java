package com.meterbook.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A closed cycle. Open cycles have no row. */
@Entity
@Table(name = "cycle")
class CycleEntity {
    @Id
    int period;
    @Column(name = "closed_at")
    OffsetDateTime closedAt;
    @Column(name = "closed_by")
    String closedBy;
}
