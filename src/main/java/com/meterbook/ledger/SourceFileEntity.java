package com.meterbook.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A file by content: the same bytes under any name are the same source. */
@Entity
@Table(name = "source_file")
class SourceFileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String sha256;
    String name;
    @Column(name = "size_bytes")
    long sizeBytes;
    String format;
    @Column(name = "first_seen")
    OffsetDateTime firstSeen;
    @Column(name = "completed_at")
    OffsetDateTime completedAt;
    @Column(name = "lines_done")
    long linesDone;
}
