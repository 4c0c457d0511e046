package com.meterbook.rating;

import com.meterbook.domain.Customer;
import com.meterbook.domain.Fraction;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.Money;
import com.meterbook.domain.UsageKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of RATING.md "Rating one record", steps 4 and 5, checked against a plain reading of the contract. */
class StepPricerPropertyTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final Customer CUSTOMER = new Customer("C1", "C1", "P", Set.of(), Optional.empty(), "MAIN");
    private static final LedgerSettings SETTINGS = settings(2, RoundingMode.HALF_UP);

    private static LedgerSettings settings(int decimals, RoundingMode rounding) {
        return new LedgerSettings(ZoneId.of("UTC"), Money.MYR, "60", decimals, rounding, BigDecimal.ONE,
                BigDecimal.ZERO, 14_400, Optional.empty());
    }

    private static RateRow row(BigDecimal slot, BigDecimal tier, BigDecimal increment, BigDecimal rate, BigDecimal per,
                               BigDecimal connectFee, BigDecimal minCharge) {
        return new RateRow("P", "", "60", "", RateRow.ANY_BAND, FROM, connectFee, rate, per, increment, slot, tier, minCharge);
    }

    private static List<RateRow> inStepOrder(List<RateRow> rows) {
        Map<String, RateRow> unique = new LinkedHashMap<>();
        rows.forEach(r -> unique.putIfAbsent(r.identity(), r));
        return unique.values().stream().sorted(RateVersion.STEP_ORDER).toList();
    }

    // ---------------------------------------------------------------------------------------
    // Graduated tiers, 1/1 increments, integer quantities

    /** A tier 0 row and up to four more tiers between 1 and 600, each with its own rate and per. */
    @Provide
    Arbitrary<List<RateRow>> tierTables() {
        Arbitrary<BigDecimal> rate = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2")).ofScale(4);
        Arbitrary<BigDecimal> per = Arbitraries.of("1", "3", "60", "100", "7").map(BigDecimal::new);
        Arbitrary<RateRow> tier0 = Combinators.combine(rate, per).as((r, p) ->
                row(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, r, p, BigDecimal.ZERO, BigDecimal.ZERO));
        Arbitrary<RateRow> higher = Combinators.combine(Arbitraries.integers().between(1, 600), rate, per).as((t, r, p) ->
                row(BigDecimal.ZERO, BigDecimal.valueOf(t), BigDecimal.ONE, r, p, BigDecimal.ZERO, BigDecimal.ZERO));
        return Combinators.combine(tier0, higher.list().ofMaxSize(4)).as((first, rest) -> {
            List<RateRow> all = new ArrayList<>();
            all.add(first);
            all.addAll(rest);
            return inStepOrder(all);
        });
    }

    /** The tier table applied unit by unit from cumulative position {@code from} to {@code to}. */
    private static Fraction tierCost(List<RateRow> tiers, long from, long to) {
        Map<BigDecimal, BigDecimal> ratesByPer = new TreeMap<>();
        for (long u = from; u < to; u++) {
            RateRow inForce = null;
            for (RateRow r : tiers) {
                if (r.tierFrom().longValueExact() <= u && (inForce == null || r.tierFrom().compareTo(inForce.tierFrom()) > 0)) {
                    inForce = r;
                }
            }
            ratesByPer.merge(inForce.per(), inForce.rate(), BigDecimal::add);
        }
        Fraction sum = Fraction.ZERO;
        for (Map.Entry<BigDecimal, BigDecimal> e : ratesByPer.entrySet()) {
            sum = sum.plus(Fraction.of(e.getValue(), e.getKey()));
        }
        return sum;
    }

    @Property(tries = 300)
    void recordsPricedOneByOneCostWhatTheTierTableCostsForTheirTotal(
            @ForAll("tierTables") List<RateRow> tiers,
            @ForAll @Size(min = 1, max = 15) List<@IntRange(min = 1, max = 300) Integer> quantities) {
        long counter = 0;
        Fraction sum = Fraction.ZERO;
        for (int q : quantities) {
            Price price = StepPricer.price(tiers, BigDecimal.valueOf(counter), BigDecimal.valueOf(q), SETTINGS);
            assertThat(price.billedQuantity()).isEqualByComparingTo(BigDecimal.valueOf(q));
            assertThat(price.exactCost().compareTo(tierCost(tiers, counter, counter + q))).isZero();
            sum = sum.plus(price.exactCost());
            counter += q;
        }
        Price once = StepPricer.price(tiers, BigDecimal.ZERO, BigDecimal.valueOf(counter), SETTINGS);
        assertThat(sum.compareTo(once.exactCost())).isZero();
        assertThat(sum.compareTo(tierCost(tiers, 0, counter))).isZero();
    }

    @Property(tries = 300)
    void aRecordsChargeDependsOnlyOnTheCounterAndItsQuantity(
            @ForAll("tierTables") List<RateRow> tiers,
            @ForAll @Size(max = 10) List<@IntRange(min = 1, max = 300) Integer> history,
            @ForAll @IntRange(min = 1, max = 500) int quantity,
            @ForAll Random random) {
        long counter = history.stream().mapToLong(Integer::longValue).sum();
        Price direct = StepPricer.price(tiers, BigDecimal.valueOf(counter), BigDecimal.valueOf(quantity), SETTINGS);

        // the same earlier usage in another order, or as one record, gives the same counter
        List<Integer> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, random);
        long replayed = 0;
        for (int q : shuffled) {
            replayed += StepPricer.price(tiers, BigDecimal.valueOf(replayed), BigDecimal.valueOf(q), SETTINGS)
                    .billedQuantity().longValueExact();
        }
        assertThat(replayed).isEqualTo(counter);

        // rows imported in any order, found through the rate table, price the record the same
        List<RateRow> importOrder = new ArrayList<>(tiers);
        Collections.shuffle(importOrder, random);
        List<RateRow> selected = RateTable.of(importOrder)
                .select(CUSTOMER, UsageKind.CALL, "60123456789", "PEAK", FROM.plusDays(10)).orElseThrow().rows();
        Price viaTable = StepPricer.price(selected, BigDecimal.valueOf(replayed), BigDecimal.valueOf(quantity), SETTINGS);
        assertThat(viaTable).isEqualTo(direct);

        // and it is the tier table's cost between C and C + q
        assertThat(direct.exactCost().compareTo(tierCost(tiers, counter, counter + quantity))).isZero();
    }

    // ---------------------------------------------------------------------------------------
    // Any rows: slots, tiers, increments, fees

    private static final List<String> INCREMENTS = List.of("0.001", "0.5", "1", "2.5", "6", "7", "30", "60");

    private static Arbitrary<RateRow> rows(Arbitrary<BigDecimal> slot, Arbitrary<BigDecimal> tier, List<String> increments) {
        Arbitrary<BigDecimal> increment = Arbitraries.of(increments).map(BigDecimal::new);
        Arbitrary<BigDecimal> rate = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5")).ofScale(4);
        Arbitrary<BigDecimal> per = Arbitraries.of("1", "3", "60", "1024").map(BigDecimal::new);
        Arbitrary<BigDecimal> fee = Arbitraries.of("0", "0", "0.05", "0.333").map(BigDecimal::new);
        Arbitrary<BigDecimal> minimum = Arbitraries.of("0", "0", "0.50", "1.007").map(BigDecimal::new);
        return Combinators.combine(slot, tier, increment, rate, per, fee, minimum)
                .as(StepPricerPropertyTest::row);
    }

    private static Arbitrary<List<RateRow>> rowSets(List<String> increments) {
        Arbitrary<RateRow> start = rows(Arbitraries.just(BigDecimal.ZERO), Arbitraries.just(BigDecimal.ZERO), increments);
        Arbitrary<RateRow> other = rows(
                Arbitraries.of("0", "7.5", "30", "60", "61").map(BigDecimal::new),
                Arbitraries.of("0", "50", "100", "333.3", "1000").map(BigDecimal::new), increments);
        return Combinators.combine(start, other.list().ofMaxSize(5)).as((first, rest) -> {
            List<RateRow> all = new ArrayList<>();
            all.add(first);
            all.addAll(rest);
            return inStepOrder(all);
        });
    }

    @Provide
    Arbitrary<List<RateRow>> anyRows() {
        return rowSets(INCREMENTS);
    }

    @Provide
    Arbitrary<List<RateRow>> coarseRows() {
        return rowSets(List.of("0.5", "1", "2.5", "6", "7", "30", "60"));
    }

    @Provide
    Arbitrary<BigDecimal> counters() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1500")).ofScale(3);
    }

    @Provide
    Arbitrary<BigDecimal> quantities() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("3000")).ofScale(3);
    }

    @Property(tries = 500)
    void theBilledQuantityIsTheQuantityRoundedUpByLessThanOneIncrement(
            @ForAll("anyRows") List<RateRow> rows, @ForAll("counters") BigDecimal counter,
            @ForAll("quantities") BigDecimal quantity) {
        BigDecimal maxIncrement = rows.stream().map(RateRow::increment).max(Comparator.naturalOrder()).orElseThrow();
        Price price = StepPricer.price(rows, counter, quantity, SETTINGS);
        assertThat(price.billedQuantity()).isGreaterThanOrEqualTo(quantity);
        assertThat(price.billedQuantity()).isLessThan(quantity.add(maxIncrement));
    }

    @Property(tries = 500)
    void theChargeIsTheExactCostRoundedOnce(
            @ForAll("anyRows") List<RateRow> rows, @ForAll("counters") BigDecimal counter,
            @ForAll("quantities") BigDecimal quantity, @ForAll @IntRange(min = 0, max = 6) int decimals,
            @ForAll("roundingModes") RoundingMode mode) {
        Price price = StepPricer.price(rows, counter, quantity, settings(decimals, mode));
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        // charge - exact = (charge * den - num) / den, compared without dividing
        BigDecimal den = price.exactCost().denominator();
        BigDecimal delta = price.charge().multiply(den).subtract(price.exactCost().numerator());
        assertThat(price.charge().scale()).isEqualTo(decimals);
        assertThat(delta.abs()).isLessThan(unit.multiply(den));
        switch (mode) {
            case DOWN -> assertThat(delta.signum()).isLessThanOrEqualTo(0);
            case UP -> assertThat(delta.signum()).isGreaterThanOrEqualTo(0);
            default -> assertThat(delta.abs().multiply(BigDecimal.TWO)).isLessThanOrEqualTo(unit.multiply(den));
        }
    }

    @Provide
    Arbitrary<RoundingMode> roundingModes() {
        return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.UP, RoundingMode.DOWN);
    }

    /** The contract's step loop taken literally, one step at a time. */
    private static Price reference(List<RateRow> rows, BigDecimal counter, BigDecimal quantity) {
        Map<BigDecimal, BigDecimal> costByPer = new TreeMap<>();
        BigDecimal p = BigDecimal.ZERO;
        while (p.compareTo(quantity) < 0) {
            RateRow r = rowInForce(rows, p, counter);
            costByPer.merge(r.per(), r.increment().multiply(r.rate()), BigDecimal::add);
            p = p.add(r.increment());
        }
        RateRow start = rowInForce(rows, BigDecimal.ZERO, counter);
        Fraction exact = Fraction.of(start.connectFee());
        for (Map.Entry<BigDecimal, BigDecimal> e : costByPer.entrySet()) {
            exact = exact.plus(Fraction.of(e.getValue(), e.getKey()));
        }
        if (exact.compareTo(Fraction.of(start.minCharge())) < 0) {
            exact = Fraction.of(start.minCharge());
        }
        return new Price(quantity, counter, p, start, List.of(), exact, false, SETTINGS.roundCharge(exact));
    }

    /** Among rows with slot <= p and tier <= C + p: the largest slot, then the largest tier. */
    private static RateRow rowInForce(List<RateRow> rows, BigDecimal p, BigDecimal counter) {
        return rows.stream()
                .filter(r -> r.slotFrom().compareTo(p) <= 0 && r.tierFrom().compareTo(counter.add(p)) <= 0)
                .max(Comparator.comparing(RateRow::slotFrom).thenComparing(RateRow::tierFrom))
                .orElseThrow();
    }

    @Property(tries = 300)
    void pricingRunsOfStepsAtOnceEqualsTakingThemOneByOne(
            @ForAll("coarseRows") List<RateRow> rows, @ForAll("counters") BigDecimal counter,
            @ForAll("quantities") BigDecimal quantity) {
        Price fast = StepPricer.price(rows, counter, quantity, SETTINGS);
        Price slow = reference(rows, counter, quantity);
        assertThat(fast.billedQuantity()).isEqualByComparingTo(slow.billedQuantity());
        assertThat(fast.exactCost().compareTo(slow.exactCost())).isZero();
        assertThat(fast.charge()).isEqualTo(slow.charge());
        assertThat(fast.startRow()).isEqualTo(slow.startRow());
    }
}
