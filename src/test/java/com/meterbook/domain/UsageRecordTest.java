package com.meterbook.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsageRecordTest {

    private static final Instant T = Instant.parse("2025-01-06T01:00:00Z");

    private static UsageRecord call(String id, String quantity) {
        return new UsageRecord(id, UsageKind.CALL, "C1", "", "60123456789", T, new BigDecimal(quantity));
    }

    @Test
    void ordersByStartInstantThenRecordId() {
        Instant later = T.plusSeconds(1);
        assertThat(UsageRecord.compareByPosition(T, "z", later, "a")).isNegative();
        assertThat(UsageRecord.compareByPosition(T, "a", T, "b")).isNegative();
        assertThat(UsageRecord.compareByPosition(T, "b", T, "b")).isZero();
        // upper case before lower case in code-point order: 'B' (66) < 'a' (97)
        assertThat(UsageRecord.compareByPosition(T, "B", T, "a")).isNegative();
    }

    @Test
    void ordersRecordIdsByCodePointNotByUtf16Unit() {
        // U+FF21 (fullwidth A) < U+1F600 (emoji) as code points, although the emoji's first
        // UTF-16 unit (0xD83D) is below 0xFF21
        String fullwidthA = "\uFF21";
        String emoji = new String(Character.toChars(0x1F600));
        assertThat(UsageRecord.compareByPosition(T, fullwidthA, T, emoji)).isNegative();
        assertThat(UsageRecord.compareByPosition(T, emoji, T, fullwidthA)).isPositive();
    }

    @Test
    void fingerprintIgnoresTrailingZerosOfTheQuantity() {
        assertThat(call("r1", "60").fingerprint()).isEqualTo(call("r1", "60.000").fingerprint());
        assertThat(call("r1", "60").fingerprint()).isNotEqualTo(call("r1", "61").fingerprint());
    }

    @Test
    void rejectsANegativeQuantityAndAMissingId() {
        assertThatThrownBy(() -> call("r1", "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> call("", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTheFirstFieldLongerThanTheLedgerKeepsInTheWordsOfTheRecordsKind() {
        String long65 = "1".repeat(65);
        assertThat(call("r1", "60").overlongField()).isEmpty();
        assertThat(new UsageRecord("r".repeat(256), UsageKind.CALL, "", "", "6012", T, BigDecimal.ONE).overlongField())
                .hasValue(new UsageRecord.Overlong("record id", "is longer than 255 characters (256)"));
        assertThat(new UsageRecord("r1", UsageKind.CALL, "", "", long65, T, BigDecimal.ONE).overlongField().orElseThrow().field())
                .isEqualTo("callee");
        assertThat(new UsageRecord("r1", UsageKind.EVENT, "C1", "", long65, T, BigDecimal.ONE).overlongField().orElseThrow().field())
                .isEqualTo("service");
        assertThat(new UsageRecord("r1", UsageKind.READING, "", long65, "kWh", T, BigDecimal.ONE).overlongField().orElseThrow().field())
                .isEqualTo("meter");
        // exactly at the limit is kept
        assertThat(new UsageRecord("r".repeat(255), UsageKind.CALL, "a".repeat(64), "", "6012", T, BigDecimal.ONE).overlongField()).isEmpty();
    }
}
