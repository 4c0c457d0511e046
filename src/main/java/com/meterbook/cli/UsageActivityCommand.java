package com.meterbook.cli;

import com.meterbook.domain.DestinationClass;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.UsageActivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code usage activity}: what the dashboard's activity tiles and chart show, as text. */
@Command(name = "activity", mixinStandardHelpOptions = true,
        description = "Records rated today, when the last record arrived, and a cycle's records per day and destination class "
                + "(mobile, fixed, toll-free, international, services) as CSV.")
final class UsageActivityCommand extends LedgerCommand {

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "the cycle (default: the earliest open one with records)")
    YearMonth period;

    @Override
    int run(Ledger ledger) {
        UsageActivity activity = new UsageActivity(ledger, root().clock);
        UsageActivity.Snapshot s = activity.read(period != null ? period : activity.defaultPeriod());
        out().println("records rated today " + s.ratedToday());
        out().println(s.lastArrival()
                .map(at -> "last record arrived " + at + ", " + UsageActivity.ago(Duration.between(at, root().clock.instant())))
                .orElse("no records yet"));
        out().println("day," + Arrays.stream(DestinationClass.values()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(",")));
        for (UsageActivity.Day day : s.days()) {
            out().println(day.date() + "," + Arrays.stream(DestinationClass.values()).map(c -> day.records().get(c).toString())
                    .collect(Collectors.joining(",")));
        }
        return 0;
    }
}
