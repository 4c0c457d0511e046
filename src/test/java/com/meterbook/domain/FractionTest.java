package com.meterbook.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FractionTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void sumsExactlyWithoutIntermediateRounding() {
        // 7 * 0.10 / 60 = 0.7/60 = 0.011666..., nine times = 6.3/60 = 0.105 exactly
        Fraction step = Fraction.of(d("0.70"), d("60"));
        Fraction sum = Fraction.ZERO;
        for (int i = 0; i < 9; i++) {
            sum = sum.plus(step);
        }
        assertThat(sum.compareTo(Fraction.of(d("0.105")))).isZero();
        // 0.105 is a tie at 2 places: HALF_UP 0.11, DOWN 0.10, UP 0.11
        assertThat(sum.round(2, RoundingMode.HALF_UP)).isEqualByComparingTo("0.11");
        assertThat(sum.round(2, RoundingMode.DOWN)).isEqualByComparingTo("0.10");
        assertThat(sum.round(2, RoundingMode.UP)).isEqualByComparingTo("0.11");
    }

    @Test
    void addsAcrossDifferentDenominators() {
        // 1/3 + 1/6 = 2/6 + 1/6 = 1/2
        Fraction half = Fraction.of(d("1"), d("3")).plus(Fraction.of(d("1"), d("6")));
        assertThat(half.compareTo(Fraction.of(d("0.5")))).isZero();
        // 1/3 + 0.05 = 0.38333... -> 0.383 at 3 places
        assertThat(Fraction.of(d("1"), d("3")).plus(d("0.05")).round(3, RoundingMode.HALF_UP)).isEqualByComparingTo("0.383");
    }

    @Test
    void roundsToTheRequestedScale() {
        // 2/3 = 0.6666...: 4 places HALF_UP 0.6667, scale kept at 4
        assertThat(Fraction.of(d("2"), d("3")).round(4, RoundingMode.HALF_UP)).isEqualTo(d("0.6667"));
        // 5 rounded to 2 places is 5.00
        assertThat(Fraction.of(d("5")).round(2, RoundingMode.HALF_UP)).isEqualTo(d("5.00"));
    }

    @Test
    void comparesByValue() {
        // 1/3 < 0.34; 2/6 == 1/3
        assertThat(Fraction.of(d("1"), d("3")).isBelow(d("0.34"))).isTrue();
        assertThat(Fraction.of(d("1"), d("3")).isBelow(d("0.33"))).isFalse();
        assertThat(Fraction.of(d("2"), d("6")).compareTo(Fraction.of(d("1"), d("3")))).isZero();
    }

    @Test
    void rejectsANonPositiveDenominator() {
        assertThatThrownBy(() -> Fraction.of(d("1"), d("0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fraction.of(d("1"), d("-2"))).isInstanceOf(IllegalArgumentException.class);
    }
}
