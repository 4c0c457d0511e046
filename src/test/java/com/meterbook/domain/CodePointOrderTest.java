package com.meterbook.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodePointOrderTest {

    private static final String EMOJI = new String(Character.toChars(0x1F600));

    @Test
    void agreesWithStringCompareBelowTheSurrogates() {
        assertThat(CodePointOrder.compare("a", "b")).isNegative();
        assertThat(CodePointOrder.compare("B", "a")).isNegative();
        assertThat(CodePointOrder.compare("r1", "r10")).isNegative();
        assertThat(CodePointOrder.compare("r2", "r10")).isPositive();
        assertThat(CodePointOrder.compare("", "a")).isNegative();
        assertThat(CodePointOrder.compare("abc", "abc")).isZero();
    }

    @Test
    void putsSupplementaryCharactersAfterTheBasicPlane() {
        // U+FFFD < U+1F600, though the emoji's UTF-16 units start at 0xD83D
        List<String> ids = new ArrayList<>(List.of("x" + EMOJI, "x\uFFFD", "x\uE000", "xz"));
        ids.sort(CodePointOrder.COMPARATOR);
        assertThat(ids).containsExactly("xz", "x\uE000", "x\uFFFD", "x" + EMOJI);
        assertThat("x\uFFFD".compareTo("x" + EMOJI)).as("String.compareTo differs here").isPositive();
    }
}
