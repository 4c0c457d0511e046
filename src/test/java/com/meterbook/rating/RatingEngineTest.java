package com.meterbook.rating;

import com.meterbook.domain.Customer;
import com.meterbook.domain.ExceptionReason;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.Money;
import com.meterbook.domain.UsageKind;
import com.meterbook.domain.UsageRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RATING.md "Rating one record" and the exception precedence. The ledger zone is Asia/Kuala_Lumpur
 * (UTC+8, no daylight saving): 2025-01-06T01:00Z is Monday 09:00 local.
 */
class RatingEngineTest {

    private static final ZoneId KL = ZoneId.of("Asia/Kuala_Lumpur");
    private static final Instant MONDAY_9AM = Instant.parse("2025-01-06T01:00:00Z");
    private static final YearMonth JANUARY = YearMonth.of(2025, 1);

    private static final Customer ACME = new Customer("C1", "Acme", "BIZ", Set.of("60123456789"), Optional.empty(), "MAIN");
    private static final Customer HOME = new Customer("C2", "Home", "HOME", Set.of("60377778888"), Optional.empty(), "MAIN");
    private static final Customer METERED = new Customer("M1", "Flat 1", "UTIL", Set.of("MTR0042"), Optional.empty(), "MAIN");

    private static final RateTable RATES = RateTable.of(List.of(
            Rows.plan("BIZ", "60").band("PEAK").price("0.12", "60", "60").row(),
            Rows.plan("BIZ", "60").price("0.06", "60", "60").row(),
            Rows.plan("HOME", "60").price("0.10", "60", "60").row(),
            Rows.plan("UTIL", "KWH").price("0.218", "1", "0.001").row()));

    private static final BandCalendar BANDS = new BandCalendar(List.of(
            new BandWindow("PEAK", BandWindow.parseDays("MON-FRI"), LocalTime.of(8, 0), LocalTime.of(18, 0))), List.of());

    private static RatingEngine engine(Predicate<YearMonth> closed) {
        return engine(LedgerSettings.defaults(KL), closed);
    }

    private static RatingEngine engine(LedgerSettings settings, Predicate<YearMonth> closed) {
        return new RatingEngine(settings, new CustomerDirectory(List.of(ACME, HOME, METERED)), RATES, BANDS, closed);
    }

    private static final RatingEngine OPEN = engine(period -> false);
    private static final RatingEngine JANUARY_CLOSED = engine(JANUARY::equals);

    private static UsageRecord call(String account, String caller, String callee, Instant start, String seconds) {
        return new UsageRecord("r1", UsageKind.CALL, account, caller, callee, start, new BigDecimal(seconds));
    }

    private static ExceptionReason reasonOf(Assessment assessment) {
        assertThat(assessment).isInstanceOf(Assessment.Queued.class);
        return ((Assessment.Queued) assessment).reason();
    }

    @Test
    void ratesAKnownAccountInItsBand() {
        Assessment a = OPEN.assess(call("C1", "", "60198765432", MONDAY_9AM, "61"));
        assertThat(a).isInstanceOf(Assessment.Billable.class);
        Assessment.Billable billable = (Assessment.Billable) a;
        assertThat(billable.customer().account()).isEqualTo("C1");
        assertThat(billable.band()).isEqualTo("PEAK");
        assertThat(billable.period()).isEqualTo(JANUARY);
        assertThat(billable.counterKey()).isEqualTo("C1|2025-01|60");
        // 61 s at PEAK 0.12/min, 60/60: 2 steps = 0.24
        Price price = OPEN.price(billable, new BigDecimal("61"), BigDecimal.ZERO);
        assertThat(price.charge()).isEqualTo(new BigDecimal("0.24"));
    }

    @Test
    void bandDateAndPeriodAreWorkedOutInTheLedgerZone() {
        // 2025-01-06T12:00Z is 20:00 local: outside PEAK -> * rows; 61 s at 0.06/min = 0.12
        Assessment.Billable evening = (Assessment.Billable) OPEN.assess(
                call("C1", "", "60198765432", Instant.parse("2025-01-06T12:00:00Z"), "61"));
        assertThat(evening.band()).isNull();
        assertThat(OPEN.price(evening, new BigDecimal("61"), BigDecimal.ZERO).charge()).isEqualTo(new BigDecimal("0.12"));
        // 2025-01-31T20:00Z is 2025-02-01 04:00 local: February's cycle
        Assessment lastNightOfJanuaryInUtc = OPEN.assess(call("C1", "", "60198765432", Instant.parse("2025-01-31T20:00:00Z"), "60"));
        assertThat(lastNightOfJanuaryInUtc.period()).isEqualTo(YearMonth.of(2025, 2));
        assertThat(lastNightOfJanuaryInUtc.localStart()).isEqualTo("2025-02-01T04:00");
    }

    @Test
    void findsTheCustomerByCallerWhenTheAccountIsEmpty() {
        Assessment a = OPEN.assess(call("", "60377778888", "60198765432", MONDAY_9AM, "60"));
        assertThat(a).isInstanceOfSatisfying(Assessment.Billable.class, b -> assertThat(b.customer().account()).isEqualTo("C2"));
    }

    @Test
    void findsTheCustomerOfAMeter() {
        UsageRecord reading = new UsageRecord("m1", UsageKind.READING, "", "MTR0042", "KWH", MONDAY_9AM, new BigDecimal("12.5"));
        Assessment a = OPEN.assess(reading);
        assertThat(a).isInstanceOfSatisfying(Assessment.Billable.class, b -> {
            assertThat(b.customer().account()).isEqualTo("M1");
            assertThat(b.selection().prefix()).isEqualTo("KWH");
        });
    }

    @Test
    void anUnknownAccountIsUnknownEvenWhenTheCallerIsKnown() {
        Assessment a = OPEN.assess(call("NOPE", "60123456789", "60198765432", MONDAY_9AM, "60"));
        assertThat(reasonOf(a)).isEqualTo(ExceptionReason.UNKNOWN_ACCOUNT);
    }

    @Test
    void anUnknownCallerOrNoAccountAndNoCallerIsUnknown() {
        assertThat(reasonOf(OPEN.assess(call("", "60999999999", "60198765432", MONDAY_9AM, "60"))))
                .isEqualTo(ExceptionReason.UNKNOWN_ACCOUNT);
        assertThat(reasonOf(OPEN.assess(call("", "", "60198765432", MONDAY_9AM, "60"))))
                .isEqualTo(ExceptionReason.UNKNOWN_ACCOUNT);
    }

    @Test
    void zeroQuantityIsNeverQueued() {
        // unknown account, in a closed cycle, with no rate: still Zero
        assertThat(JANUARY_CLOSED.assess(call("NOPE", "", "999", MONDAY_9AM, "0"))).isInstanceOf(Assessment.Zero.class);
        assertThat(OPEN.assess(call("", "", "", MONDAY_9AM, "0.000"))).isInstanceOf(Assessment.Zero.class);
        Assessment known = OPEN.assess(call("C1", "", "60198765432", MONDAY_9AM, "0"));
        assertThat(known).isInstanceOfSatisfying(Assessment.Zero.class, z -> assertThat(z.account()).isEqualTo("C1"));
    }

    @Test
    void lateRecordComesBeforeUnknownAccount() {
        assertThat(reasonOf(JANUARY_CLOSED.assess(call("NOPE", "", "60198765432", MONDAY_9AM, "60"))))
                .isEqualTo(ExceptionReason.LATE_RECORD);
        // and before NO_RATE and OUT_OF_POLICY
        assertThat(reasonOf(JANUARY_CLOSED.assess(call("C1", "", "999", MONDAY_9AM, "99999"))))
                .isEqualTo(ExceptionReason.LATE_RECORD);
        // February is open
        assertThat(JANUARY_CLOSED.assess(call("C1", "", "60198765432", Instant.parse("2025-02-03T01:00:00Z"), "60")))
                .isInstanceOf(Assessment.Billable.class);
    }

    @Test
    void unknownAccountComesBeforeNoRate() {
        assertThat(reasonOf(OPEN.assess(call("NOPE", "", "999", MONDAY_9AM, "60"))))
                .isEqualTo(ExceptionReason.UNKNOWN_ACCOUNT);
    }

    @Test
    void noRateComesBeforeOutOfPolicy() {
        assertThat(reasonOf(OPEN.assess(call("C1", "", "999", MONDAY_9AM, "14401"))))
                .isEqualTo(ExceptionReason.NO_RATE);
    }

    @Test
    void aCallLongerThanMaxDurationIsOutOfPolicy() {
        // max-duration 14400: exactly 14400 s is allowed, 14401 s is longer
        assertThat(OPEN.assess(call("C1", "", "60198765432", MONDAY_9AM, "14400"))).isInstanceOf(Assessment.Billable.class);
        assertThat(reasonOf(OPEN.assess(call("C1", "", "60198765432", MONDAY_9AM, "14401"))))
                .isEqualTo(ExceptionReason.OUT_OF_POLICY);
        // max-duration is about calls: 20000 kWh is not out of policy
        UsageRecord reading = new UsageRecord("m1", UsageKind.READING, "", "MTR0042", "KWH", MONDAY_9AM, new BigDecimal("20000"));
        assertThat(OPEN.assess(reading)).isInstanceOf(Assessment.Billable.class);
    }

    @Test
    void aRoundedChargeDearerThanMaxChargeIsOutOfPolicy() {
        LedgerSettings capped = new LedgerSettings(KL, Money.MYR, "60", 2, RoundingMode.HALF_UP, new BigDecimal("1.00"),
                BigDecimal.ZERO, 14_400, Optional.of(new BigDecimal("0.24")));
        RatingEngine engine = engine(capped, period -> false);
        Assessment.Billable billable = (Assessment.Billable) engine.assess(call("C1", "", "60198765432", MONDAY_9AM, "180"));
        // 120 s at 0.12/min = 0.24: equal to max-charge, allowed
        assertThat(engine.overMaxCharge(engine.price(billable, new BigDecimal("120"), BigDecimal.ZERO))).isEmpty();
        // 180 s = 0.36 > 0.24
        assertThat(engine.overMaxCharge(engine.price(billable, new BigDecimal("180"), BigDecimal.ZERO))).isPresent();
        // no max-charge set: never out of policy
        assertThat(OPEN.overMaxCharge(OPEN.price(billable, new BigDecimal("14400"), BigDecimal.ZERO))).isEmpty();
    }

    @Test
    void theRoundedChargeIsComparedWithMaxCharge() {
        // 0.2449 exact rounds (HALF_UP, 2 places) to 0.24: not dearer than 0.24
        LedgerSettings capped = new LedgerSettings(KL, Money.MYR, "60", 2, RoundingMode.HALF_UP, new BigDecimal("1.00"),
                BigDecimal.ZERO, 14_400, Optional.of(new BigDecimal("0.24")));
        RatingEngine engine = new RatingEngine(capped, new CustomerDirectory(List.of(ACME)),
                RateTable.of(List.of(Rows.plan("BIZ", "60").price("0.2449", "60", "60").row())), BandCalendar.EMPTY, p -> false);
        Assessment.Billable billable = (Assessment.Billable) engine.assess(call("C1", "", "60198765432", MONDAY_9AM, "60"));
        Price price = engine.price(billable, new BigDecimal("60"), BigDecimal.ZERO);
        assertThat(price.charge()).isEqualTo(new BigDecimal("0.24"));
        assertThat(engine.overMaxCharge(price)).isEmpty();
    }
}
