package com.meterbook.operations;

import com.meterbook.documents.RegulatoryFigures;
import com.meterbook.documents.RegulatoryFigures.Line;
import com.meterbook.domain.CountryCodes;
import com.meterbook.domain.DestinationClass;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.UsageKind;
import com.meterbook.ledger.Ledger;
import com.meterbook.ledger.Periods;
import com.meterbook.ledger.UsageTotals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Usage of a cycle by destination class for the regulator: calls, minutes and revenue per class
 * (mobile, fixed, toll-free), international per country, and services (SMS, data, energy) per
 * service code. Read from one aggregate query; the class of a callee is {@link DestinationClass}'s,
 * the country {@link CountryCodes}'s. Only rated records count (a zero-length call is not a call).
 */
public final class RegulatoryReport {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final Ledger ledger;
    private final Clock clock;

    public RegulatoryReport(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public List<String> entities() {
        return ledger.inTransaction(session -> session.doReturningWork(c -> new UsageTotals(c).entities()));
    }

    public RegulatoryFigures read(YearMonth period, Optional<String> entity) {
        return ledger.inTransaction(session -> {
            LedgerSettings settings = RatingContext.settings(session);
            String cc = settings.countryCode();
            Map<Key, Sum> sums = new TreeMap<>();
            session.doWork(c -> new UsageTotals(c).byLead(Periods.toInt(period), entity, DestinationClass.decidingDigits(cc), g -> {
                UsageKind kind = UsageKind.valueOf(g.kind());
                String lead = g.lead() == null ? "" : g.lead();
                DestinationClass dc = DestinationClass.of(kind, lead, cc);
                String name = switch (dc) {
                    case INTERNATIONAL -> CountryCodes.country(lead);
                    case SERVICES -> lead;
                    default -> dc.label();
                };
                sums.computeIfAbsent(new Key(dc, name), k -> new Sum()).add(g);
            }));
            List<Line> lines = new ArrayList<>();
            Sum all = new Sum();
            sums.forEach((k, s) -> {
                lines.add(s.line(k.dc(), k.name(), settings));
                all.records += s.records;
                all.seconds = all.seconds.add(k.dc() == DestinationClass.SERVICES ? BigDecimal.ZERO : s.seconds);
                all.billed = all.billed.add(k.dc() == DestinationClass.SERVICES ? BigDecimal.ZERO : s.billed);
                all.revenue = all.revenue.add(s.revenue);
            });
            Line total = new Line(null, "Total", all.records, Optional.of(minutes(all.seconds)), Optional.of(minutes(all.billed)),
                    Optional.empty(), settings.atScale(all.revenue));
            return new RegulatoryFigures(period, entity, ZonedDateTime.now(clock.withZone(settings.zone())), settings.currency().getCurrencyCode(),
                    lines, total);
        });
    }

    private record Key(DestinationClass dc, String name) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::dc).thenComparing(Key::name);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    private static final class Sum {
        long records;
        BigDecimal seconds = BigDecimal.ZERO;
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;

        void add(UsageTotals.Group g) {
            records += g.records();
            seconds = seconds.add(g.quantity());
            billed = billed.add(g.billed());
            revenue = revenue.add(g.charges());
        }

        Line line(DestinationClass dc, String name, LedgerSettings settings) {
            boolean service = dc == DestinationClass.SERVICES;
            return new Line(dc, name, records, service ? Optional.empty() : Optional.of(minutes(seconds)),
                    service ? Optional.empty() : Optional.of(minutes(billed)),
                    service ? Optional.of(plain(seconds)) : Optional.empty(), settings.atScale(revenue));
        }
    }

    static BigDecimal minutes(BigDecimal seconds) {
        return seconds.divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
