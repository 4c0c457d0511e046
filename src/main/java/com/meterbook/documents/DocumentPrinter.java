package com.meterbook.documents;

import java.awt.print.Pageable;
import java.awt.print.PrinterException;

/** Where documents are printed: the system's printer, a print dialog's choice, or a fake in tests. */
@FunctionalInterface
public interface DocumentPrinter {

    /** Prints the pages as one job; false when the user cancelled (a dialog). */
    boolean print(Pageable pages, String jobName) throws PrinterException;
}
