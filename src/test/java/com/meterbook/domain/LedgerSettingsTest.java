package com.meterbook.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerSettingsTest {

    private static final ZoneId KL = ZoneId.of("Asia/Kuala_Lumpur");

    private static LedgerSettings settings(int decimals, RoundingMode rounding) {
        return new LedgerSettings(KL, Money.MYR, "60", decimals, rounding, new BigDecimal("1.00"),
                new BigDecimal("0.06"), 14_400, Optional.empty());
    }

    @Test
    void defaultsAreTheContractsTable() {
        LedgerSettings d = LedgerSettings.defaults(KL);
        assertThat(d.currency().getCurrencyCode()).isEqualTo("MYR");
        assertThat(d.countryCode()).isEqualTo("60");
        assertThat(d.decimals()).isEqualTo(2);
        assertThat(d.rounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(d.threshold()).isEqualByComparingTo("1.00");
        assertThat(d.taxRate()).isEqualByComparingTo("0");
        assertThat(d.maxDurationSeconds()).isEqualTo(14_400);
        assertThat(d.maxCharge()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} places {2} -> {3}")
    @CsvSource(textBlock = """
            # numerator, decimals, rounding, expected: 2/3 = 0.666666...
            2, 0, HALF_UP, 1
            2, 0, UP,      1
            2, 0, DOWN,    0
            2, 2, HALF_UP, 0.67
            2, 2, UP,      0.67
            2, 2, DOWN,    0.66
            2, 6, HALF_UP, 0.666667
            2, 6, UP,      0.666667
            2, 6, DOWN,    0.666666
            # 1/3 = 0.333333...
            1, 0, HALF_UP, 0
            1, 0, UP,      1
            1, 2, HALF_UP, 0.33
            1, 2, UP,      0.34
            1, 2, DOWN,    0.33
            1, 6, UP,      0.333334
            """)
    void roundsAChargeOnceToDecimalsWithTheMode(int numerator, int decimals, RoundingMode mode, String expected) {
        Fraction exact = Fraction.of(BigDecimal.valueOf(numerator), new BigDecimal("3"));
        BigDecimal charge = settings(decimals, mode).roundCharge(exact);
        assertThat(charge).isEqualTo(new BigDecimal(expected));
        assertThat(charge.scale()).isEqualTo(decimals);
    }

    @Test
    void taxIsRoundedToTwoPlacesHalfUpWhateverTheDecimals() {
        // 0.75 * 0.06 = 0.045 -> 0.05 (half up; half even would give 0.04)
        assertThat(settings(2, RoundingMode.DOWN).taxOn(new BigDecimal("0.75"))).isEqualTo(new BigDecimal("0.05"));
        // 10.24 * 0.06 = 0.6144 -> 0.61
        assertThat(settings(2, RoundingMode.HALF_UP).taxOn(new BigDecimal("10.24"))).isEqualTo(new BigDecimal("0.61"));
        // 12.345 * 0.06 = 0.7407 -> 0.74, even at 3 decimals
        assertThat(settings(3, RoundingMode.HALF_UP).taxOn(new BigDecimal("12.345"))).isEqualTo(new BigDecimal("0.74"));
    }

    @Test
    void showsAmountsAtTheLedgersScale() {
        // 1.5 at 2 places is 1.50; 0 is 0.00; 7 at 0 places stays 7
        assertThat(settings(2, RoundingMode.HALF_UP).atScale(new BigDecimal("1.5"))).isEqualTo(new BigDecimal("1.50"));
        assertThat(settings(2, RoundingMode.HALF_UP).atScale(BigDecimal.ZERO)).isEqualTo(new BigDecimal("0.00"));
        assertThat(settings(0, RoundingMode.HALF_UP).atScale(new BigDecimal("7.000"))).isEqualTo(new BigDecimal("7"));
    }

    @Test
    void rejectsSettingsOutsideTheContract() {
        assertThatThrownBy(() -> settings(7, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(-1, RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(2, RoundingMode.HALF_EVEN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LedgerSettings(KL, Money.MYR, "+60", 2, RoundingMode.HALF_UP, BigDecimal.ONE,
                BigDecimal.ZERO, 14_400, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
