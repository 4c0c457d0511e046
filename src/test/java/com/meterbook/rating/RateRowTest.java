package com.meterbook.rating;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** rates.csv row rules: per and increment above 0, no negative price, a start row per band of a version. */
class RateRowTest {

    @Test
    void rejectsPerOrIncrementNotAboveZeroAndNegativePrices() {
        assertThatThrownBy(() -> Rows.plan("BIZ", "60").price("0.10", "0", "60").row()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rows.plan("BIZ", "60").price("0.10", "60", "0").row()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rows.plan("BIZ", "60").price("-0.10", "60", "60").row()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rows.plan("BIZ", "60").connectFee("-0.01").price("0.10", "60", "60").row())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rows.plan("BIZ", "60").minCharge("-1").price("0.10", "60", "60").row())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rows.plan("", "60").price("0.10", "60", "60").row()).isInstanceOf(IllegalArgumentException.class);
        // a free row is allowed
        assertThat(Rows.plan("BIZ", "1800").price("0", "60", "60").row().rate()).isZero();
    }

    @Test
    void anOverrideRowBelongsToItsAccountWhateverItsPlan() {
        RateRow override = Rows.override("C1", "60").price("0.10", "60", "60").row();
        assertThat(override.isOverride()).isTrue();
        assertThat(override.owner()).isEqualTo("account:C1");
        assertThat(Rows.plan("BIZ", "60").price("0.10", "60", "60").row().owner()).isEqualTo("plan:BIZ");
    }

    @Test
    void identityIsOwnerPrefixBandDateSlotAndTier() {
        RateRow a = Rows.plan("BIZ", "60").slot("30").tier("100").price("0.10", "60", "6").row();
        RateRow sameWithOtherPrice = Rows.plan("BIZ", "60").slot("30.0").tier("100.00").price("0.20", "60", "1").row();
        RateRow otherBand = Rows.plan("BIZ", "60").band("PEAK").slot("30").tier("100").price("0.10", "60", "6").row();
        assertThat(a.identity()).isEqualTo(sameWithOtherPrice.identity());
        assertThat(a.identity()).isNotEqualTo(otherBand.identity());
    }

    @Test
    void aVersionNamesTheBandsThatLackARowAtSlotZeroTierZero() {
        RateTable rates = RateTable.of(List.of(
                Rows.plan("BIZ", "60").band("PEAK").price("0.60", "60", "30").row(),
                Rows.plan("BIZ", "60").band("PEAK").slot("30").price("0.60", "60", "6").row(),
                Rows.plan("BIZ", "60").band("OFFPEAK").slot("30").price("0.30", "60", "6").row(),
                Rows.plan("BIZ", "60").band("*").tier("100").price("0.30", "60", "6").row()));
        assertThat(rates.versions()).singleElement()
                .extracting(RateVersion::bandsWithoutStartRow)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .containsExactlyInAnyOrder("OFFPEAK", "*");
    }
}
