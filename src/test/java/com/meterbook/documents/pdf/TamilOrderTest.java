package com.meterbook.documents.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tamil vowel signs drawn before their consonant move there; two-part vowels split around it. */
class TamilOrderTest {

    @Test
    void preBaseVowelSignsMoveBeforeTheirConsonant() {
        assertThat(TamilOrder.visual("செல்வி")).isEqualTo("\u0BC6\u0B9A\u0BB2\u0BCD\u0BB5\u0BBF");
        assertThat(TamilOrder.visual("கை")).isEqualTo("\u0BC8\u0B95");
    }

    @Test
    void twoPartVowelsAreDrawnAroundTheConsonantAndTheConjunctKssaMovesWhole() {
        assertThat(TamilOrder.visual("கோ")).isEqualTo("\u0BC7\u0B95\u0BBE");
        assertThat(TamilOrder.visual("கொ")).isEqualTo("\u0BC6\u0B95\u0BBE");
        assertThat(TamilOrder.visual("கௌ")).isEqualTo("\u0BC6\u0B95\u0BD7");
        assertThat(TamilOrder.visual("க்ஷே")).isEqualTo("\u0BC7\u0B95\u0BCD\u0BB7");
    }

    @Test
    void textWithoutThoseSignsIsUnchanged() {
        assertThat(TamilOrder.visual("முருகன் ஸ்ரீ")).isEqualTo("முருகன் ஸ்ரீ");
        assertThat(TamilOrder.visual("\u0BC6 alone")).isEqualTo("\u0BC6 alone");
    }
}
