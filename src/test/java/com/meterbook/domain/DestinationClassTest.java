package com.meterbook.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DestinationClassTest {

    @ParameterizedTest
    @CsvSource({
            "CALL, 60123456789, MOBILE",
            "CALL, 60193456789, MOBILE",
            "CALL, 60101234567, MOBILE",
            "CALL, 60183456789, MOBILE",
            "CALL, 601800229434, TOLL_FREE",
            "CALL, 601300881234, SHARED_COST",
            "CALL, 1800881234, TOLL_FREE",
            "CALL, 1300881234, SHARED_COST",
            "CALL, 60321415000, FIXED",
            "CALL, 6094968199, FIXED",
            "CALL, 6562234455, INTERNATIONAL",
            "CALL, 441612345678, INTERNATIONAL",
            "CALL, 18005551234, TOLL_FREE",
            "CALL, 12125551234, INTERNATIONAL",
            "EVENT, SMS, SERVICES",
            "READING, KWH, SERVICES"})
    void classesFollowTheNumberPlanOfTheLedgersCountry(UsageKind kind, String target, DestinationClass expected) {
        assertThat(DestinationClass.of(kind, target, "60")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"CALL, 4420794601, FIXED", "CALL, 44123456789, MOBILE", "CALL, 60123456789, INTERNATIONAL"})
    void theRangesFollowTheLedgersCountryCode(UsageKind kind, String target, DestinationClass expected) {
        assertThat(DestinationClass.of(kind, target, "44")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"60, 6", "1, 5", "971, 7"})
    void theDecidingDigitsCoverTollFreeAfterTheCountryCode(String cc, int digits) {
        assertThat(DestinationClass.decidingDigits(cc)).isEqualTo(digits);
    }
}
