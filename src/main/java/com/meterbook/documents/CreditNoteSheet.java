package com.meterbook.documents;

import com.meterbook.domain.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * What a printed credit note shows: its number and date (ledger zone), the customer, what was
 * disputed, the amount (net of tax), the dispute's reason, and what cycle closes deducted so far.
 */
public record CreditNoteSheet(String number, String entity, LocalDate issuedOn, String account, String customerName,
                              String disputed, Money amount, String reason, List<String> deductions, Money remaining) {
}
