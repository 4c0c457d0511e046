package com.meterbook.rating;

import com.meterbook.domain.Fraction;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** RATING.md "Rating one record", steps 4 and 5. Expected values are worked out in the comments. */
class StepPricerTest {

    private static final LedgerSettings TWO_HALF_UP = settings(2, RoundingMode.HALF_UP);

    private static LedgerSettings settings(int decimals, RoundingMode rounding) {
        return new LedgerSettings(ZoneId.of("Asia/Kuala_Lumpur"), Money.MYR, "60", decimals, rounding,
                new BigDecimal("1.00"), BigDecimal.ZERO, 14_400, Optional.empty());
    }

    /** The rows as a selection hands them over: in step order (largest slot, then largest tier, first). */
    private static List<RateRow> rows(Rows... rows) {
        return Arrays.stream(rows).map(Rows::row).sorted(RateVersion.STEP_ORDER).toList();
    }

    private static Price price(List<RateRow> rows, String counter, String quantity) {
        return StepPricer.price(rows, new BigDecimal(counter), new BigDecimal(quantity), TWO_HALF_UP);
    }

    private static Rows call() {
        return Rows.plan("BIZ", "60");
    }

    @ParameterizedTest(name = "[{index}] 60/60 at 0.12/min, {0} s -> billed {1}, RM {2}")
    @CsvSource(textBlock = """
            # every started minute is billed: ceil(q/60) steps of 60 s at 0.12
            1,   60,  0.12
            59,  60,  0.12
            60,  60,  0.12
            61,  120, 0.24
            # 3599 s: 60 steps -> 3600 s, 60 * 0.12 = 7.20
            3599, 3600, 7.20
            """)
    void sixtySixty(String quantity, String billed, String charge) {
        Price p = price(rows(call().price("0.12", "60", "60")), "0", quantity);
        assertThat(p.billedQuantity()).isEqualByComparingTo(billed);
        assertThat(p.charge()).isEqualTo(new BigDecimal(charge));
    }

    @ParameterizedTest(name = "[{index}] 30/6 at 0.60/min, {0} s -> billed {1}, RM {2}")
    @CsvSource(textBlock = """
            # 1 s: one 30 s step at slot 0 -> 30 s, 30 * 0.60/60 = 0.30
            1,   30, 0.30
            30,  30, 0.30
            # 31 s: 30 s step, then at p=30 the slot-30 row: one 6 s step -> 36 s, 0.30 + 0.06
            31,  36, 0.36
            36,  36, 0.36
            37,  42, 0.42
            # 65 s: 30 + six 6 s steps (30->66) = 66 s, 0.30 + 36 * 0.01 = 0.66
            65,  66, 0.66
            """)
    void thirtySix(String quantity, String billed, String charge) {
        List<RateRow> thirtySix = rows(
                call().price("0.60", "60", "30"),
                call().slot("30").price("0.60", "60", "6"));
        Price p = price(thirtySix, "0", quantity);
        assertThat(p.billedQuantity()).isEqualByComparingTo(billed);
        assertThat(p.charge()).isEqualTo(new BigDecimal(charge));
    }

    @Test
    void perSecond() {
        // 1/1 at 0.60/min: 61 s -> 61 * 0.01 = 0.61; 1 s -> 0.01
        List<RateRow> perSecond = rows(call().price("0.60", "60", "1"));
        assertThat(price(perSecond, "0", "61").charge()).isEqualTo(new BigDecimal("0.61"));
        assertThat(price(perSecond, "0", "61").billedQuantity()).isEqualByComparingTo("61");
        assertThat(price(perSecond, "0", "1").charge()).isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void aSlotRowStartsAtItsSlotEvenWhenAStepOvershootsIt() {
        // slot 0 increment 7, slot 30 increment 10, both 0.60/min:
        // steps 0,7,14,21,28 (p=28 < 30 still slot 0) -> p=35; then slot 30 row: 35 -> 45 >= 40
        // billed 45 s, 45 * 0.01 = 0.45
        List<RateRow> oddSteps = rows(
                call().price("0.60", "60", "7"),
                call().slot("30").price("0.60", "60", "10"));
        Price p = price(oddSteps, "0", "40");
        assertThat(p.billedQuantity()).isEqualByComparingTo("45");
        assertThat(p.charge()).isEqualTo(new BigDecimal("0.45"));
    }

    @Test
    void slotRowsCanChangeThePrice() {
        // first minute 0.30, then 0.10/min per second: 90 s -> 60 at 0.30/60 (0.30) + 30 * 0.10/60 (0.05) = 0.35
        List<RateRow> firstMinuteDearer = rows(
                call().price("0.30", "60", "60"),
                call().slot("60").price("0.10", "60", "1"));
        assertThat(price(firstMinuteDearer, "0", "90").charge()).isEqualTo(new BigDecimal("0.35"));
    }

    @Test
    void connectFeeIsAddedOnce() {
        // 61 s at 0.12/min 60/60: 2 steps = 0.24, + connect 0.05 = 0.29
        Price p = price(rows(call().connectFee("0.05").price("0.12", "60", "60")), "0", "61");
        assertThat(p.charge()).isEqualTo(new BigDecimal("0.29"));
        assertThat(p.minimumApplied()).isFalse();
    }

    @Test
    void minimumChargeRaisesTheCost() {
        List<RateRow> withMinimum = rows(call().connectFee("0.05").minCharge("0.30").price("0.12", "60", "60"));
        // 61 s: 0.24 + 0.05 = 0.29 < 0.30 -> raised to 0.30
        Price raised = price(withMinimum, "0", "61");
        assertThat(raised.charge()).isEqualTo(new BigDecimal("0.30"));
        assertThat(raised.minimumApplied()).isTrue();
        // 300 s: 5 * 0.12 + 0.05 = 0.65 > 0.30 -> 0.65
        Price above = price(withMinimum, "0", "300");
        assertThat(above.charge()).isEqualTo(new BigDecimal("0.65"));
        assertThat(above.minimumApplied()).isFalse();
        // equal to the minimum: 61 s with min 0.29 -> 0.29, not "raised"
        Price equal = price(rows(call().connectFee("0.05").minCharge("0.29").price("0.12", "60", "60")), "0", "61");
        assertThat(equal.charge()).isEqualTo(new BigDecimal("0.29"));
        assertThat(equal.minimumApplied()).isFalse();
    }

    @Test
    void theMinimumIsAppliedBeforeTheOneRounding() {
        // 1 s at 6.00/min per second = 0.10 exactly; min 0.104 raises it to 0.104, then rounded once -> 0.10
        Price p = price(rows(call().minCharge("0.104").price("6.00", "60", "1")), "0", "1");
        assertThat(p.exactCost().compareTo(Fraction.of(new BigDecimal("0.104")))).isZero();
        assertThat(p.charge()).isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void stepCostsStayExactInsideARecord() {
        // 0.10 per 60, increment 7, 60 s: ceil(60/7) = 9 steps -> 63 s;
        // each step 7 * 0.10 / 60 = 0.01166..., exact sum 63 * 0.10 / 60 = 0.105
        // (rounding each step to 0.01 would give 0.09)
        List<RateRow> sevens = rows(call().price("0.10", "60", "7"));
        assertThat(price(sevens, "0", "60").billedQuantity()).isEqualByComparingTo("63");
        assertThat(price(sevens, "0", "60").exactCost().compareTo(Fraction.of(new BigDecimal("0.105")))).isZero();
        // 0.105 rounded once: HALF_UP 0.11, UP 0.11, DOWN 0.10
        assertThat(StepPricer.price(sevens, BigDecimal.ZERO, new BigDecimal("60"), settings(2, RoundingMode.HALF_UP)).charge())
                .isEqualTo(new BigDecimal("0.11"));
        assertThat(StepPricer.price(sevens, BigDecimal.ZERO, new BigDecimal("60"), settings(2, RoundingMode.UP)).charge())
                .isEqualTo(new BigDecimal("0.11"));
        assertThat(StepPricer.price(sevens, BigDecimal.ZERO, new BigDecimal("60"), settings(2, RoundingMode.DOWN)).charge())
                .isEqualTo(new BigDecimal("0.10"));
    }

    @ParameterizedTest(name = "[{index}] {0} decimals {1}: 2/3 -> {2}, 1/3 -> {3}, 0.125 -> {4}")
    @CsvSource(textBlock = """
            # one unit at 2 per 3 = 0.666..., at 1 per 3 = 0.333..., at 0.125 per 1 = 0.125
            0, HALF_UP, 1,        0,        0
            0, UP,      1,        1,        1
            0, DOWN,    0,        0,        0
            1, HALF_UP, 0.7,      0.3,      0.1
            2, HALF_UP, 0.67,     0.33,     0.13
            2, UP,      0.67,     0.34,     0.13
            2, DOWN,    0.66,     0.33,     0.12
            3, HALF_UP, 0.667,    0.333,    0.125
            3, DOWN,    0.666,    0.333,    0.125
            4, UP,      0.6667,   0.3334,   0.1250
            5, HALF_UP, 0.66667,  0.33333,  0.12500
            6, HALF_UP, 0.666667, 0.333333, 0.125000
            6, UP,      0.666667, 0.333334, 0.125000
            6, DOWN,    0.666666, 0.333333, 0.125000
            """)
    void roundsOnceToTheLedgersDecimalsWithItsMode(int decimals, RoundingMode mode, String twoThirds, String oneThird,
                                                   String eighth) {
        LedgerSettings s = settings(decimals, mode);
        assertThat(StepPricer.price(rows(Rows.plan("U", "X").price("2", "3", "1")), BigDecimal.ZERO, BigDecimal.ONE, s).charge())
                .isEqualTo(new BigDecimal(twoThirds));
        assertThat(StepPricer.price(rows(Rows.plan("U", "X").price("1", "3", "1")), BigDecimal.ZERO, BigDecimal.ONE, s).charge())
                .isEqualTo(new BigDecimal(oneThird));
        assertThat(StepPricer.price(rows(Rows.plan("U", "X").price("0.125", "1", "1")), BigDecimal.ZERO, BigDecimal.ONE, s).charge())
                .isEqualTo(new BigDecimal(eighth));
    }

    /** KWH 1/1: 0.20 below 100, 0.15 from 100, 0.10 from 300. */
    private static List<RateRow> kwhTiers() {
        return rows(
                Rows.plan("UTIL", "KWH").price("0.20", "1", "1"),
                Rows.plan("UTIL", "KWH").tier("100").price("0.15", "1", "1"),
                Rows.plan("UTIL", "KWH").tier("300").price("0.10", "1", "1"));
    }

    @ParameterizedTest(name = "[{index}] C={0}, q={1} -> RM {2}")
    @CsvSource(textBlock = """
            # C=0, q=50: 50 * 0.20 = 10.00
            0,   50,  10.00
            # C=80, q=50: crosses 100 inside the record: 20 * 0.20 + 30 * 0.15 = 4.00 + 4.50 = 8.50
            80,  50,  8.50
            # C=100, q=1: already at the boundary: 0.15
            100, 1,   0.15
            # C=250, q=100: 50 * 0.15 + 50 * 0.10 = 7.50 + 5.00 = 12.50
            250, 100, 12.50
            # C=350, q=10: past both boundaries: 10 * 0.10 = 1.00
            350, 10,  1.00
            # C=0, q=400: 100 * 0.20 + 200 * 0.15 + 100 * 0.10 = 20 + 30 + 10 = 60.00
            0,   400, 60.00
            """)
    void graduatedTiersFollowTheCounter(String counter, String quantity, String charge) {
        assertThat(price(kwhTiers(), counter, quantity).charge()).isEqualTo(new BigDecimal(charge));
    }

    @Test
    void aStepThatStartsBelowATierIsPricedEntirelyAtTheLowerTier() {
        // 60/60, 0.12/min below 100 s, 0.06/min from 100 s; C=80, q=61:
        // p=0: C+p=80 -> tier 0 row, one 60 s step 0.12 (it crosses 100 but started below);
        // p=60: C+p=140 -> tier 100 row, one 60 s step 0.06; billed 120 s, 0.18
        List<RateRow> tiered = rows(
                call().price("0.12", "60", "60"),
                call().tier("100").price("0.06", "60", "60"));
        Price p = price(tiered, "80", "61");
        assertThat(p.billedQuantity()).isEqualByComparingTo("120");
        assertThat(p.charge()).isEqualTo(new BigDecimal("0.18"));
        assertThat(p.counterBefore()).isEqualByComparingTo("80");
    }

    @Test
    void slotAndTierTogetherPreferTheLargestSlotThenTheLargestTier() {
        // rows: (slot 0, tier 0) 0.60/min inc 30; (slot 0, tier 100) 0.30/min inc 30; (slot 30, tier 0) 0.60/min inc 6.
        // C=90, q=60: p=0 C+p=90 -> (0,0): 30 s at 0.01 = 0.30, p=30;
        // p=30: all eligible, largest slot 30 wins: five 6 s steps at 0.01 = 0.30, p=60. Total 0.60
        List<RateRow> mixed = rows(
                call().price("0.60", "60", "30"),
                call().tier("100").price("0.30", "60", "30"),
                call().slot("30").price("0.60", "60", "6"));
        assertThat(price(mixed, "90", "60").charge()).isEqualTo(new BigDecimal("0.60"));
        // C=100, q=60: p=0 -> (0,100): 30 s at 0.005 = 0.15; p=30 -> slot 30: 0.30. Total 0.45
        assertThat(price(mixed, "100", "60").charge()).isEqualTo(new BigDecimal("0.45"));
    }

    @Test
    void connectFeeAndMinimumComeFromTheRowAtPositionZeroAtTheCurrentTier() {
        List<RateRow> tiers = rows(
                Rows.plan("UTIL", "KWH").connectFee("0.10").minCharge("1.00").price("0.20", "1", "1"),
                Rows.plan("UTIL", "KWH").tier("100").connectFee("0.50").price("0.15", "1", "1"));
        // C=0, q=1: 0.20 + 0.10 = 0.30, raised to tier 0's minimum 1.00
        assertThat(price(tiers, "0", "1").charge()).isEqualTo(new BigDecimal("1.00"));
        // C=80, q=50: start row is tier 0: 0.10 + 20 * 0.20 + 30 * 0.15 = 0.10 + 8.50 = 8.60 (tier 100's fee unused)
        Price crossing = price(tiers, "80", "50");
        assertThat(crossing.charge()).isEqualTo(new BigDecimal("8.60"));
        assertThat(crossing.startRow().tierFrom()).isEqualByComparingTo("0");
        // C=100, q=1: start row is tier 100: 0.50 + 0.15 = 0.65, its minimum is 0
        assertThat(price(tiers, "100", "1").charge()).isEqualTo(new BigDecimal("0.65"));
        // C=100, q=10: 0.50 + 10 * 0.15 = 2.00
        assertThat(price(tiers, "100", "10").charge()).isEqualTo(new BigDecimal("2.00"));
    }

    @Test
    void fractionalIncrements() {
        // KWH 0.218 per 1, increment 0.001; q=12.3456: ceil(12345.6) = 12346 steps -> 12.346 kWh;
        // 12.346 * 0.218 = 2.4692 + 0.222228 = 2.691428 -> 2.69
        List<RateRow> kwh = rows(Rows.plan("UTIL", "KWH").price("0.218", "1", "0.001"));
        Price p = price(kwh, "0", "12.3456");
        assertThat(p.billedQuantity()).isEqualByComparingTo("12.346");
        assertThat(p.exactCost().compareTo(Fraction.of(new BigDecimal("2.691428")))).isZero();
        assertThat(p.charge()).isEqualTo(new BigDecimal("2.69"));
        // GB 5.00 per 1024 MB, increment 0.5 MB; q=1536.2: ceil(3072.4) = 3073 steps -> 1536.5 MB;
        // 1536.5 * 5 / 1024 = 7682.5 / 1024 = 7.50244... -> 7.50
        List<RateRow> data = rows(Rows.plan("DATA", "MB").price("5.00", "1024", "0.5"));
        assertThat(price(data, "0", "1536.2").billedQuantity()).isEqualByComparingTo("1536.5");
        assertThat(price(data, "0", "1536.2").charge()).isEqualTo(new BigDecimal("7.50"));
    }

    @Test
    void hugeQuantitiesWithTinyIncrementsStayFast() {
        // 10,000,000.0005 kWh at increment 0.001: ten billion steps if taken one by one.
        // ceil(10000000000.5) = 10000000001 steps -> 10000000.001 kWh;
        // tiers: 100 * 0.20 + 200 * 0.15 + (10000000.001 - 300) * 0.10 = 20 + 30 + 999970.0001 = 1000020.0001 -> 1000020.00
        List<RateRow> tiny = rows(
                Rows.plan("UTIL", "KWH").price("0.20", "1", "0.001"),
                Rows.plan("UTIL", "KWH").tier("100").price("0.15", "1", "0.001"),
                Rows.plan("UTIL", "KWH").tier("300").price("0.10", "1", "0.001"));
        Price p = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> price(tiny, "0", "10000000.0005"));
        assertThat(p.billedQuantity()).isEqualByComparingTo("10000000.001");
        assertThat(p.charge()).isEqualTo(new BigDecimal("1000020.00"));
    }
}
