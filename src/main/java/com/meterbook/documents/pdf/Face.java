package com.meterbook.documents.pdf;

/** The two weights documents use. */
public enum Face {
    REGULAR, BOLD
}
