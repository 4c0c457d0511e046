package com.meterbook.cli;

import com.meterbook.ledger.Ledger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** {@code meterbook [--ledger DIR] COMMAND}: exit 0 on success, 1 on failure, 2 on a usage error, one line on stderr. */
@Command(name = "meterbook", mixinStandardHelpOptions = true, version = "Meterbook 0.1",
        description = "Usage billing: import CDRs and meter readings, rate them, close cycles into invoices.",
        subcommands = {InitCommand.class, MasterDataCommands.Customers.class, MasterDataCommands.Rates.class,
                MasterDataCommands.Bands.class, MasterDataCommands.Holidays.class, MasterDataCommands.Recurring.class,
                UsageCommand.class, ExportCommands.Charges.class, ExportCommands.Exceptions.class,
                ExportCommands.Balances.class, ExportCommands.Invoices.class, CycleCommands.Cycle.class,
                CycleCommands.RerateCommand.class, SourcesCommands.class, WatchCommand.class, DropFolderCommands.class,
                ProfileCommands.Profiles.class, DisputeCommands.Group.class,
                CreditNoteCommands.Group.class, CreditNoteCommands.Print.class, ReportCommands.class,
                DocumentCommands.Statement.class, DocumentCommands.Invoice.class, DocumentCommands.Group.class, EntityCommands.Group.class,
                BenchCommand.class})
public final class MeterbookCli implements Runnable {

    @Option(names = "--ledger", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "ledger folder (default: ${DEFAULT-VALUE})")
    Path ledger = defaultLedger();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Clock clock = Clock.systemUTC();

    /** The printer of {@code documents print}: the system's default (tests put a fake here). */
    java.util.function.Supplier<com.meterbook.documents.DocumentPrinter> printer = DocumentCommands::defaultPrinter;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Ledger openLedger() {
        return Ledger.open(ledger);
    }

    static String actor() {
        return System.getProperty("user.name", "unknown");
    }

    /** The user's data folder: XDG on Linux, Application Support on macOS, APPDATA on Windows. */
    public static Path defaultLedger() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Meterbook");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Meterbook");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.local/share", "meterbook");
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new MeterbookCli());
        cl.registerConverter(java.time.YearMonth.class, v -> convert(v, java.time.YearMonth::parse, "is not a month (YYYY-MM)"));
        cl.registerConverter(java.time.LocalDate.class, v -> convert(v, java.time.LocalDate::parse, "is not a date (YYYY-MM-DD)"));
        cl.registerConverter(java.time.ZoneId.class, v -> convert(v, java.time.ZoneId::of, "is not a time zone (e.g. Asia/Kuala_Lumpur)"));
        cl.registerConverter(java.util.Currency.class, v -> convert(v, java.util.Currency::getInstance, "is not an ISO 4217 currency code"));
        cl.registerConverter(java.math.BigDecimal.class, v -> convert(v, java.math.BigDecimal::new, "is not a number"));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("meterbook: " + ex.getMessage() + " (see --help)");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("meterbook: " + Failures.describe(ex));
            return 1;
        });
        return cl;
    }

    private static <T> T convert(String value, java.util.function.Function<String, T> parse, String problem) {
        try {
            return parse.apply(value);
        } catch (RuntimeException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' " + problem);
        }
    }

    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return commandLine(out, err).execute(args);
    }
}
