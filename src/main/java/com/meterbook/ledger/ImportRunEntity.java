package com.meterbook.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One attempt at importing a file, with its outcome. */
@Entity
@Table(name = "import_run")
class ImportRunEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "source_file_id")
    long sourceFileId;
    String path;
    @Column(name = "started_at")
    OffsetDateTime startedAt;
    @Column(name = "finished_at")
    OffsetDateTime finishedAt;
    @Column(name = "records_read")
    long recordsRead;
    long imported;
    long duplicates;
    long exceptions;
    String outcome;
}
