package com.meterbook.domain;

import org.junit.jupiter.api.Test;

import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void ringgitIsPrintedAsRmWithGroupingAndItsScale() {
        assertThat(Money.of("1234.56", Money.MYR).format()).isEqualTo("RM 1,234.56");
        assertThat(Money.of("-1.20", Money.MYR).format()).isEqualTo("-RM 1.20");
        assertThat(Money.of("0.000", Money.MYR).format()).isEqualTo("RM 0.000");
        assertThat(Money.of("5", Currency.getInstance("SGD")).format()).isEqualTo("SGD 5");
    }

    @Test
    void addsOnlyTheSameCurrency() {
        // 1.10 + 0.25 = 1.35
        assertThat(Money.of("1.10", Money.MYR).plus(Money.of("0.25", Money.MYR)).amount()).isEqualByComparingTo("1.35");
        assertThatThrownBy(() -> Money.of("1", Money.MYR).plus(Money.of("1", Currency.getInstance("SGD"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
