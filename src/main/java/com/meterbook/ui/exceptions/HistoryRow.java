package com.meterbook.ui.exceptions;

/** One line of the history panel: when (ledger time), who, what, and what came of it. */
public record HistoryRow(String when, String user, String action, String detail) {
}
