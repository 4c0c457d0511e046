package com.meterbook.documents;

import javax.print.PrintService;
import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;

/**
 * Prints through {@link PrinterJob}: on the default printer without a dialog, or, with {@code dialog},
 * on the printer chosen in the system's print dialog, asked once for all the jobs of this printer (an
 * AWT dialog: the desktop calls it on a worker thread, never on the JavaFX thread, which it would block).
 */
public final class SystemPrinter implements DocumentPrinter {

    private final boolean dialog;
    private PrintService chosen;

    public SystemPrinter(boolean dialog) {
        this.dialog = dialog;
    }

    @Override
    public synchronized boolean print(Pageable pages, String jobName) throws PrinterException {
        PrinterJob job = PrinterJob.getPrinterJob();
        if (chosen != null) {
            job.setPrintService(chosen);
        }
        if (job.getPrintService() == null) {
            throw new PrinterException("no printer is installed (the system knows no print service)");
        }
        job.setJobName(jobName);
        job.setPageable(pages);
        if (dialog && chosen == null) {
            if (!job.printDialog()) {
                return false;
            }
            chosen = job.getPrintService();
        }
        job.print();
        return true;
    }
}
