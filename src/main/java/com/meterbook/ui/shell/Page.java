package com.meterbook.ui.shell;

/** The screens of the main window. */
public enum Page {
    START, DASHBOARD, IMPORT, EXCEPTIONS, USAGE, CUSTOMERS, RATES, CLOSE, DOCUMENTS, DISPUTES, REPORTS, SOURCES, PROFILES
}
