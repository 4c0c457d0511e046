package com.meterbook.billing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecurringChargeTest {

    private static RecurringCharge charge(String from, String to) {
        return new RecurringCharge("C1", "Line rental", new BigDecimal("25.00"), YearMonth.parse(from),
                Optional.ofNullable(to).map(YearMonth::parse));
    }

    @Test
    void aClosedRangeAppliesFromItsFirstToItsLastMonthInclusive() {
        RecurringCharge q1 = charge("2025-01", "2025-03");
        assertThat(q1.appliesTo(YearMonth.parse("2024-12"))).isFalse();
        assertThat(q1.appliesTo(YearMonth.parse("2025-01"))).isTrue();
        assertThat(q1.appliesTo(YearMonth.parse("2025-02"))).isTrue();
        assertThat(q1.appliesTo(YearMonth.parse("2025-03"))).isTrue();
        assertThat(q1.appliesTo(YearMonth.parse("2025-04"))).isFalse();
    }

    @Test
    void anOpenRangeAppliesFromItsFirstMonthOn() {
        RecurringCharge open = charge("2025-01", null);
        assertThat(open.appliesTo(YearMonth.parse("2024-12"))).isFalse();
        assertThat(open.appliesTo(YearMonth.parse("2025-01"))).isTrue();
        assertThat(open.appliesTo(YearMonth.parse("2035-12"))).isTrue();
    }

    @Test
    void aOneMonthRange() {
        RecurringCharge once = charge("2025-02", "2025-02");
        assertThat(once.appliesTo(YearMonth.parse("2025-01"))).isFalse();
        assertThat(once.appliesTo(YearMonth.parse("2025-02"))).isTrue();
        assertThat(once.appliesTo(YearMonth.parse("2025-03"))).isFalse();
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        assertThatThrownBy(() -> charge("2025-03", "2025-02")).isInstanceOf(IllegalArgumentException.class);
    }
}
