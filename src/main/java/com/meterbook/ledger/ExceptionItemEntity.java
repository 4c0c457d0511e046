package com.meterbook.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A record in the exception queue, with where it came from and how it was resolved. */
@Entity
@Table(name = "exception_item")
class ExceptionItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "row_id")
    Long rowId;
    @Column(name = "record_id")
    String recordId;
    @Column(name = "record_key")
    Long recordKey;
    Long fingerprint;
    @Column(name = "source_file_id")
    Long sourceFileId;
    String source;
    Long line;
    Integer period;
    String reason;
    String field;
    String detail;
    String raw;
    String status;
    @Column(name = "created_at")
    OffsetDateTime createdAt;
    @Column(name = "resolved_at")
    OffsetDateTime resolvedAt;
    String resolution;
    @Column(name = "resolved_by")
    String resolvedBy;
    String note;
}
