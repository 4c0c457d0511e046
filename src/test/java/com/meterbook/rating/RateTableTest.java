package com.meterbook.rating;

import com.meterbook.domain.Customer;
import com.meterbook.domain.UsageKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** RATING.md "Rating one record", step 3. */
class RateTableTest {

    private static final Customer PLAIN = customer("C2", "BIZ");
    private static final Customer WITH_OVERRIDES = customer("C1", "BIZ");
    private static final Customer METERED = customer("M1", "UTIL");
    private static final LocalDate JUNE = LocalDate.parse("2025-06-15");

    private static Customer customer(String account, String plan) {
        return new Customer(account, account, plan, Set.of(), Optional.empty(), "MAIN");
    }

    private static RateTable table(Rows... rows) {
        return RateTable.of(List.of(rows).stream().map(Rows::row).toList());
    }

    private static String rateOf(RateTable table, Customer customer, String callee, String band, LocalDate date) {
        return table.select(customer, UsageKind.CALL, callee, band, date)
                .map(s -> s.rows().getFirst().rate().toPlainString())
                .orElse("NO_RATE");
    }

    @Test
    void longestMatchingPrefixWins() {
        RateTable rates = table(
                Rows.plan("BIZ", "60").price("0.20", "60", "60"),
                Rows.plan("BIZ", "6012").price("0.15", "60", "60"),
                Rows.plan("BIZ", "601").price("0.18", "60", "60"));
        // 60123456789: 6012 (4 digits) beats 601 and 60
        Optional<RateSelection> mobile = rates.select(PLAIN, UsageKind.CALL, "60123456789", null, JUNE);
        assertThat(mobile).get().extracting(RateSelection::prefix).isEqualTo("6012");
        assertThat(rateOf(rates, PLAIN, "60131234567", null, JUNE)).isEqualTo("0.18");
        assertThat(rateOf(rates, PLAIN, "60312345678", null, JUNE)).isEqualTo("0.20");
        // a callee that no prefix starts
        assertThat(rateOf(rates, PLAIN, "6512345678", null, JUNE)).isEqualTo("NO_RATE");
        // a callee shorter than the prefixes still finds the prefixes it holds
        assertThat(rateOf(rates, PLAIN, "601", null, JUNE)).isEqualTo("0.18");
    }

    @Test
    void overrideRowsComeBeforePlanRowsEvenWithAShorterPrefix() {
        RateTable rates = table(
                Rows.plan("BIZ", "6012").price("0.15", "60", "60"),
                Rows.override("C1", "60").price("0.09", "60", "60"));
        // C1's override "60" is found before the plan's longer "6012"
        Optional<RateSelection> selected = rates.select(WITH_OVERRIDES, UsageKind.CALL, "60123456789", null, JUNE);
        assertThat(selected).get().extracting(s -> s.rows().getFirst().isOverride()).isEqualTo(true);
        assertThat(rateOf(rates, WITH_OVERRIDES, "60123456789", null, JUNE)).isEqualTo("0.09");
        // C2 on the same plan has no override
        assertThat(rateOf(rates, PLAIN, "60123456789", null, JUNE)).isEqualTo("0.15");
    }

    @Test
    void anOverrideWithoutAMatchingPrefixFallsBackToThePlan() {
        RateTable rates = table(
                Rows.plan("BIZ", "6012").price("0.15", "60", "60"),
                Rows.override("C1", "6019").price("0.01", "60", "60"));
        assertThat(rateOf(rates, WITH_OVERRIDES, "60191234567", null, JUNE)).isEqualTo("0.01");
        assertThat(rateOf(rates, WITH_OVERRIDES, "60123456789", null, JUNE)).isEqualTo("0.15");
    }

    @Test
    void anOverrideNotInForceYetFallsBackToThePlan() {
        RateTable rates = table(
                Rows.plan("BIZ", "6012").price("0.15", "60", "60"),
                Rows.override("C1", "6012").from("2025-07-01").price("0.05", "60", "60"));
        assertThat(rateOf(rates, WITH_OVERRIDES, "60123456789", null, LocalDate.parse("2025-06-30"))).isEqualTo("0.15");
        assertThat(rateOf(rates, WITH_OVERRIDES, "60123456789", null, LocalDate.parse("2025-07-01"))).isEqualTo("0.05");
    }

    @Test
    void theNewestVersionInForceOnTheStartDateApplies() {
        RateTable rates = table(
                Rows.plan("BIZ", "6012").from("2024-01-01").price("0.15", "60", "60"),
                Rows.plan("BIZ", "6012").from("2025-03-01").price("0.12", "60", "60"),
                Rows.plan("BIZ", "6012").from("2026-01-01").price("0.05", "60", "60"));
        assertThat(rateOf(rates, PLAIN, "60123456789", null, LocalDate.parse("2025-02-28"))).isEqualTo("0.15");
        // effective_from is inclusive
        assertThat(rateOf(rates, PLAIN, "60123456789", null, LocalDate.parse("2025-03-01"))).isEqualTo("0.12");
        // the 2026 version is not in force yet
        assertThat(rateOf(rates, PLAIN, "60123456789", null, LocalDate.parse("2025-12-31"))).isEqualTo("0.12");
        assertThat(rateOf(rates, PLAIN, "60123456789", null, LocalDate.parse("2026-01-01"))).isEqualTo("0.05");
        // before every version: nothing in force
        assertThat(rateOf(rates, PLAIN, "60123456789", null, LocalDate.parse("2023-12-31"))).isEqualTo("NO_RATE");
    }

    @Test
    void aPrefixWithOnlyAFutureVersionFallsToTheShorterPrefix() {
        RateTable rates = table(
                Rows.plan("BIZ", "60").price("0.20", "60", "60"),
                Rows.plan("BIZ", "6012").from("2026-01-01").price("0.05", "60", "60"));
        assertThat(rateOf(rates, PLAIN, "60123456789", null, JUNE)).isEqualTo("0.20");
    }

    @Test
    void bandRowsArePreferredOverStarRows() {
        RateTable rates = table(
                Rows.plan("BIZ", "65").band("PEAK").price("0.50", "60", "60"),
                Rows.plan("BIZ", "65").band("*").price("0.30", "60", "60"));
        assertThat(rateOf(rates, PLAIN, "6591234567", "PEAK", JUNE)).isEqualTo("0.50");
        assertThat(rateOf(rates, PLAIN, "6591234567", "OFFPEAK", JUNE)).isEqualTo("0.30");
        // no band at that time: only * rows apply
        assertThat(rateOf(rates, PLAIN, "6591234567", null, JUNE)).isEqualTo("0.30");
    }

    @Test
    void aVersionWithNeitherTheBandNorStarRowsFallsToTheNextShorterPrefix() {
        RateTable rates = table(
                Rows.plan("BIZ", "60").price("0.20", "60", "60"),
                Rows.plan("BIZ", "6017").band("PEAK").price("0.40", "60", "60"));
        assertThat(rateOf(rates, PLAIN, "60171234567", "PEAK", JUNE)).isEqualTo("0.40");
        assertThat(rateOf(rates, PLAIN, "60171234567", "OFFPEAK", JUNE)).isEqualTo("0.20");
        assertThat(rateOf(rates, PLAIN, "60171234567", null, JUNE)).isEqualTo("0.20");
    }

    @Test
    void aNewerVersionReplacesTheOlderEntirely() {
        // 6016's 2025 version names only PEAK; its 2024 * rows are no longer in force
        RateTable rates = table(
                Rows.plan("BIZ", "60").price("0.20", "60", "60"),
                Rows.plan("BIZ", "6016").from("2024-01-01").price("0.30", "60", "60"),
                Rows.plan("BIZ", "6016").from("2025-01-01").band("PEAK").price("0.35", "60", "60"));
        assertThat(rateOf(rates, PLAIN, "60161234567", "PEAK", JUNE)).isEqualTo("0.35");
        assertThat(rateOf(rates, PLAIN, "60161234567", "OFFPEAK", JUNE)).isEqualTo("0.20");
        // in 2024 the old version still applies
        assertThat(rateOf(rates, PLAIN, "60161234567", "OFFPEAK", LocalDate.parse("2024-06-01"))).isEqualTo("0.30");
    }

    @Test
    void serviceCodesMatchExactlyAndCaseSensitively() {
        RateTable rates = table(
                Rows.plan("UTIL", "KWH").price("0.218", "1", "0.001"),
                Rows.plan("UTIL", "GB").price("5.00", "1", "1"));
        Optional<RateSelection> kwh = rates.select(METERED, UsageKind.READING, "KWH", null, JUNE);
        assertThat(kwh).get().extracting(RateSelection::prefix).isEqualTo("KWH");
        assertThat(rates.select(METERED, UsageKind.EVENT, "GB", null, JUNE)).isPresent();
        assertThat(rates.select(METERED, UsageKind.EVENT, "kwh", null, JUNE)).isEmpty();
        assertThat(rates.select(METERED, UsageKind.EVENT, "KWH2", null, JUNE)).isEmpty();
        assertThat(rates.select(METERED, UsageKind.EVENT, "KW", null, JUNE)).isEmpty();
        assertThat(rates.select(METERED, UsageKind.READING, "GBX", null, JUNE)).isEmpty();
    }

    @Test
    void bandRowsComeInStepOrderLargestSlotThenLargestTier() {
        RateTable rates = table(
                Rows.plan("BIZ", "60").price("0.60", "60", "30"),
                Rows.plan("BIZ", "60").tier("100").price("0.30", "60", "30"),
                Rows.plan("BIZ", "60").slot("30").price("0.60", "60", "6"));
        List<RateRow> rows = rates.select(PLAIN, UsageKind.CALL, "60123", null, JUNE).orElseThrow().rows();
        assertThat(rows).extracting(r -> r.slotFrom().toPlainString() + "/" + r.tierFrom().toPlainString())
                .containsExactly("30/0", "0/100", "0/0");
    }

    @Test
    void aRowWithTheSameIdentityReplacesTheEarlierOne() {
        RateTable rates = table(
                Rows.plan("BIZ", "60").price("0.20", "60", "60"),
                Rows.plan("BIZ", "60").price("0.25", "60", "60"));
        assertThat(rates.rows()).hasSize(1);
        assertThat(rateOf(rates, PLAIN, "60123", null, JUNE)).isEqualTo("0.25");
    }

    @Test
    void tierSensitivityLooksAtEveryRowOfThePrefix() {
        RateTable rates = table(
                Rows.plan("BIZ", "60").price("0.20", "60", "60"),
                Rows.plan("BIZ", "6012").price("0.20", "60", "60"),
                Rows.plan("BIZ", "6012").tier("600").price("0.10", "60", "60"));
        assertThat(rates.isTierSensitive(PLAIN, "6012")).isTrue();
        assertThat(rates.isTierSensitive(PLAIN, "60")).isFalse();
        assertThat(rates.select(PLAIN, UsageKind.CALL, "6012345", null, JUNE).orElseThrow().tierSensitive()).isTrue();
    }
}
