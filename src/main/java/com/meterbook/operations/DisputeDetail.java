package com.meterbook.operations;

import com.meterbook.ledger.CreditNoteStore;
import com.meterbook.ledger.DisputeStore;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One dispute with its comments, its audited history and its credit note; {@code disputed} is what
 * may be credited today in all (the record's charge, or the invoice's subtotal before tax) and
 * {@code creditedBefore} what credit notes on the same record or invoice already gave.
 */
public record DisputeDetail(DisputeStore.Row dispute, List<DisputeStore.Comment> comments, List<HistoryEntry> history,
                            Optional<CreditNoteStore.Row> creditNote, BigDecimal disputed, BigDecimal creditedBefore) {
}
