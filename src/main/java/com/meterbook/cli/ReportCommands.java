package com.meterbook.cli;

import com.meterbook.documents.RegulatoryFigures;
import com.meterbook.documents.RegulatoryReportCsv;
import com.meterbook.documents.RegulatoryReportPdf;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.RegulatoryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/** {@code reports regulatory}: usage by destination class for the regulator, as CSV or PDF. */
@Command(name = "reports", mixinStandardHelpOptions = true, description = "Reports.", subcommands = ReportCommands.Regulatory.class)
final class ReportCommands {

    @Command(name = "regulatory", mixinStandardHelpOptions = true,
            description = "Calls, minutes and revenue of a cycle by destination class (mobile, fixed, toll-free, "
                    + "international by country, services), as CSV or PDF.")
    static final class Regulatory extends LedgerCommand {
        @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
        YearMonth period;
        @Option(names = "--entity", paramLabel = "E", description = "one billing entity (default: every entity)")
        String entity;
        @Option(names = "--out", required = true, paramLabel = "F", description = "F.csv or F.pdf")
        Path out;
        @Option(names = "--format", paramLabel = "csv|pdf", description = "default: from the extension of --out")
        String format;
        @Option(names = "--bom", description = "start the CSV with a UTF-8 byte order mark, for Excel")
        boolean bom;

        @Override
        int run(Ledger ledger) {
            String f = format != null ? format.toLowerCase(Locale.ROOT) : extension(out);
            if (!f.equals("csv") && !f.equals("pdf")) {
                err().println("meterbook: cannot tell the format of " + out + ": give --format csv or --format pdf");
                return 2;
            }
            RegulatoryReport reports = new RegulatoryReport(ledger, root().clock);
            if (entity != null && !reports.entities().contains(entity)) {
                err().println("meterbook: no customer belongs to entity " + entity);
                return 1;
            }
            RegulatoryFigures report = reports.read(period, Optional.ofNullable(entity));
            if (f.equals("csv")) {
                RegulatoryReportCsv.write(report, out, bom);
            } else {
                RegulatoryReportPdf.write(report, out);
            }
            out().println("wrote " + report.lines().size() + " rows, " + report.total().records() + " records, revenue "
                    + report.total().revenue().toPlainString() + " to " + out);
            return 0;
        }

        private static String extension(Path p) {
            String name = p.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        }
    }
}
