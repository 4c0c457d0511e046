package com.meterbook.cli;

import com.meterbook.documents.RegulatoryFigures;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.CycleClose;
import com.meterbook.operations.RegulatoryReport;
import com.meterbook.testing.Cli;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** On the sample data, the regulatory report's revenue per entity is the usage of that entity's balances, to the sen. */
@Tag("db")
class RegulatoryReportMatchesLedgerTest {

    @TempDir
    Path dir;

    @Test
    void revenuePerEntityEqualsTheBalancesUsage() {
        Path ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        for (String master : new String[]{"customers", "rates", "bands", "holidays", "recurring"}) {
            Cli.ok(ledger, master, "import", "sample-data/" + master + ".csv");
        }
        Cli.ok(ledger, "usage", "import", "sample-data/cdrs-2026-01.csv", "sample-data/events-2026.csv", "sample-data/readings-2026.csv");
        YearMonth jan = YearMonth.of(2026, 1);
        try (Ledger l = Ledger.open(ledger)) {
            RegulatoryReport reports = new RegulatoryReport(l, Clock.systemUTC());
            Map<String, String> entityOf = l.inTransaction(s -> new com.meterbook.ledger.MasterDataStore(s).customers()).stream()
                    .collect(Collectors.toMap(c -> c.account(), c -> c.entity()));
            Map<String, BigDecimal> usage = new CycleClose(l, Clock.systemUTC(), "test").balances(jan).stream()
                    .collect(Collectors.groupingBy(b -> entityOf.get(b.account()),
                            Collectors.reducing(BigDecimal.ZERO, b -> b.usage(), BigDecimal::add)));
            assertThat(reports.entities()).hasSizeGreaterThan(1).containsExactlyInAnyOrderElementsOf(usage.keySet());
            BigDecimal all = BigDecimal.ZERO;
            for (String entity : reports.entities()) {
                RegulatoryFigures r = reports.read(jan, Optional.of(entity));
                assertThat(r.total().revenue()).as(entity).isEqualByComparingTo(usage.get(entity));
                assertThat(r.lines().stream().map(RegulatoryFigures.Line::revenue).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo(r.total().revenue());
                all = all.add(r.total().revenue());
            }
            assertThat(reports.read(jan, Optional.empty()).total().revenue()).isEqualByComparingTo(all).isPositive();
        }
    }
}
