package com.meterbook.ui.disputes;

/** One line of a dispute's comments or history: when (ledger time), who, what, and the text. */
public record NoteRow(String when, String user, String action, String text) {
}
