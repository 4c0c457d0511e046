package com.meterbook.documents;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One itemised record of a statement, as printed: the caller it is grouped under, the local start
 * (ledger zone), destination name, callee (or service), band, quantity (seconds for a call), the
 * rate in force at its start and the stored charge.
 */
public record StatementLine(String caller, LocalDateTime start, String destination, String callee, String band, boolean call,
                           BigDecimal quantity, String rate, BigDecimal charge) {
}
