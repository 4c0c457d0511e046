package com.meterbook.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RATING.md "Number normalisation": drop spaces, -, ( and ); then the first rule that fits. */
class NumberNormaliserTest {

    private final NumberNormaliser malaysia = new NumberNormaliser("60");

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # separators are dropped before any rule
            "60 12-345 6789"     | 60123456789
            "(60) 12 345 6789"   | 60123456789
            # a leading + is dropped
            "+60123456789"       | 60123456789
            "+60 12-345 6789"    | 60123456789
            "+44 (20) 7946-0018" | 442079460018
            # a leading 00 is dropped (international)
            "0060123456789"      | 60123456789
            "00 44 20 7946 0018" | 442079460018
            # a single leading 0 becomes the country code (national)
            "0123456789"         | 60123456789
            "(03) 2345-6789"     | 60323456789
            "012-345 6789"       | 60123456789
            # anything else stays as it is
            "60123456789"        | 60123456789
            "1300880000"         | 1300880000
            "999"                | 999
            # the FIRST rule that fits, only: +00.. keeps its 00, 000.. keeps one 0
            "+0060123"           | 0060123
            "000123"             | 0123
            # meter ids go through the same rule
            "MTR-0042"           | MTR0042
            """)
    void normalises(String raw, String expected) {
        assertThat(malaysia.normalise(raw)).isEqualTo(expected);
    }

    @Test
    void usesTheLedgersCountryCodeForNationalNumbers() {
        // 0 9123 4567 with country code 65: "0" -> "65", rest "91234567"
        assertThat(new NumberNormaliser("65").normalise("0 9123 4567")).isEqualTo("6591234567");
        // an international number is not touched by the country code
        assertThat(new NumberNormaliser("65").normalise("0060123456789")).isEqualTo("60123456789");
    }

    @Test
    void degenerateInputs() {
        assertThat(malaysia.normalise(null)).isEmpty();
        assertThat(malaysia.normalise("")).isEmpty();
        assertThat(malaysia.normalise(" - ( ) ")).isEmpty();
        assertThat(malaysia.normalise("+")).isEmpty();
        assertThat(malaysia.normalise("00")).isEmpty();
        // a lone 0 is a single leading 0: "60" + ""
        assertThat(malaysia.normalise("0")).isEqualTo("60");
    }

    @Test
    void isIdempotentOnNormalisedNumbers() {
        String once = malaysia.normalise("+60 (12) 345-6789");
        assertThat(malaysia.normalise(once)).isEqualTo(once);
    }

    @Test
    void ledgerSettingsGiveANormaliserWithTheirCountryCode() {
        LedgerSettings settings = LedgerSettings.defaults(java.time.ZoneOffset.UTC);
        assertThat(settings.normaliser().normalise("0123")).isEqualTo("60123");
    }
}
