package com.meterbook.billing;

import com.meterbook.domain.Customer;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** RATING.md "Cycles, carry-forward and invoices": threshold 1.00, tax 6 %. */
class CycleCloserTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final LedgerSettings SETTINGS = new LedgerSettings(ZoneId.of("Asia/Kuala_Lumpur"), Money.MYR, "60", 2,
            RoundingMode.HALF_UP, new BigDecimal("1.00"), new BigDecimal("0.06"), 14_400, Optional.empty());
    private static final CycleCloser CLOSER = new CycleCloser(SETTINGS);

    private static Customer customer(String account, String entity, String threshold) {
        return new Customer(account, account, "BIZ", Set.of(),
                Optional.ofNullable(threshold).map(BigDecimal::new), entity);
    }

    private static CustomerCycle cycle(String account, String broughtForward, String usage, String recurring) {
        return cycle(customer(account, null, null), broughtForward, usage, recurring);
    }

    private static CustomerCycle cycle(Customer customer, String broughtForward, String usage, String recurring) {
        BigDecimal rec = new BigDecimal(recurring == null ? "0" : recurring);
        return new CustomerCycle(customer, new BigDecimal(broughtForward), new BigDecimal(usage), rec, recurring != null);
    }

    private static Balance closeOne(CustomerCycle c) {
        return CLOSER.close(MARCH, List.of(c), Map.of()).getFirst();
    }

    @Test
    void aSubtotalBelowTheThresholdIsCarried() {
        // 0.00 + 0.99 = 0.99 < 1.00: carried
        Balance b = closeOne(cycle("C1", "0", "0.99", null));
        assertThat(b.invoiced()).isFalse();
        assertThat(b.subtotal()).isEqualTo(new BigDecimal("0.99"));
        assertThat(b.carriedForward()).isEqualTo(new BigDecimal("0.99"));
        assertThat(b.period()).isEqualTo(MARCH);
    }

    @Test
    void aSubtotalEqualToTheThresholdIsInvoiced() {
        // 1.00 is not below 1.00: tax 1.00 * 0.06 = 0.06, total 1.06
        Balance b = closeOne(cycle("C1", "0", "1.00", null));
        assertThat(b.invoiced()).isTrue();
        Invoice invoice = b.invoice().orElseThrow();
        assertThat(invoice.subtotal()).isEqualTo(new BigDecimal("1.00"));
        assertThat(invoice.tax()).isEqualTo(new BigDecimal("0.06"));
        assertThat(invoice.total()).isEqualTo(new BigDecimal("1.06"));
        assertThat(b.carriedForward()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void broughtForwardCountsTowardsTheThreshold() {
        // 0.60 brought forward + 0.50 usage = 1.10 >= 1.00: invoiced; tax 1.10 * 0.06 = 0.066 -> 0.07; total 1.17
        Balance b = closeOne(cycle("C1", "0.60", "0.50", null));
        Invoice invoice = b.invoice().orElseThrow();
        assertThat(invoice.broughtForward()).isEqualTo(new BigDecimal("0.60"));
        assertThat(invoice.usage()).isEqualTo(new BigDecimal("0.50"));
        assertThat(invoice.tax()).isEqualTo(new BigDecimal("0.07"));
        assertThat(invoice.total()).isEqualTo(new BigDecimal("1.17"));
        assertThat(b.carriedForward()).isEqualByComparingTo("0");
    }

    @Test
    void aZeroSubtotalIsCarriedEvenWithAZeroThreshold() {
        Customer free = customer("C1", null, "0");
        // threshold 0: 0.00 is not below 0, but a subtotal of 0 is never invoiced
        Balance zero = closeOne(cycle(free, "0", "0", null));
        assertThat(zero.invoiced()).isFalse();
        assertThat(zero.carriedForward()).isEqualTo(new BigDecimal("0.00"));
        // threshold 0 and 0.01: invoiced; tax 0.0006 -> 0.00
        Balance cent = closeOne(cycle(free, "0", "0.01", null));
        assertThat(cent.invoice()).get().extracting(Invoice::total).isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void aRecurringChargeAlwaysInvoices() {
        // 0.50 recurring, no usage: below the threshold but invoiced; tax 0.03, total 0.53
        Balance b = closeOne(cycle("C1", "0", "0", "0.50"));
        Invoice invoice = b.invoice().orElseThrow();
        assertThat(invoice.recurring()).isEqualTo(new BigDecimal("0.50"));
        assertThat(invoice.tax()).isEqualTo(new BigDecimal("0.03"));
        assertThat(invoice.total()).isEqualTo(new BigDecimal("0.53"));
    }

    @Test
    void aZeroRecurringChargeStillInvoices() {
        // contract reading: "with no recurring charge and a subtotal below the threshold, or equal to 0" -
        // the 0 rule is part of the no-recurring condition, so a customer with a (free) recurring charge
        // always gets an invoice: 0.00 + 0.00 + 0.00, tax 0.00, total 0.00
        Balance b = closeOne(cycle("C1", "0", "0", "0.00"));
        assertThat(b.invoice()).get().extracting(Invoice::total).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aCustomerThresholdOverridesTheLedgers() {
        Customer highFloor = customer("C1", null, "5.00");
        // 4.99 < 5.00: carried, although it is above the ledger's 1.00
        assertThat(closeOne(cycle(highFloor, "0", "4.99", null)).invoiced()).isFalse();
        // 5.00: invoiced, tax 0.30, total 5.30
        assertThat(closeOne(cycle(highFloor, "0", "5.00", null)).invoice()).get()
                .extracting(Invoice::total).isEqualTo(new BigDecimal("5.30"));
        Customer lowFloor = customer("C2", null, "0.10");
        // 0.10 >= 0.10: invoiced; tax 0.006 -> 0.01, total 0.11
        assertThat(closeOne(cycle(lowFloor, "0", "0.10", null)).invoice()).get()
                .extracting(Invoice::total).isEqualTo(new BigDecimal("0.11"));
    }

    @Test
    void taxIsSixPercentRoundedHalfUpToTwoPlaces() {
        // 10.25 * 0.06 = 0.615 -> 0.62; total 10.87
        Invoice up = closeOne(cycle("C1", "0", "10.25", null)).invoice().orElseThrow();
        assertThat(up.tax()).isEqualTo(new BigDecimal("0.62"));
        assertThat(up.total()).isEqualTo(new BigDecimal("10.87"));
        // 10.24 * 0.06 = 0.6144 -> 0.61; total 10.85
        Invoice down = closeOne(cycle("C1", "0", "10.24", null)).invoice().orElseThrow();
        assertThat(down.tax()).isEqualTo(new BigDecimal("0.61"));
        assertThat(down.total()).isEqualTo(new BigDecimal("10.85"));
        // 0.75 (threshold 0.50) * 0.06 = 0.045 -> 0.05 (half even would give 0.04); total 0.80
        Invoice half = closeOne(cycle(customer("C1", null, "0.50"), "0", "0.75", null)).invoice().orElseThrow();
        assertThat(half.tax()).isEqualTo(new BigDecimal("0.05"));
        assertThat(half.total()).isEqualTo(new BigDecimal("0.80"));
    }

    @Test
    void amountsKeepTheLedgersDecimals() {
        // 1.5 usage at 2 decimals is shown as 1.50
        Balance b = closeOne(cycle("C1", "0", "1.5", null));
        assertThat(b.usage()).isEqualTo(new BigDecimal("1.50"));
        assertThat(b.broughtForward()).isEqualTo(new BigDecimal("0.00"));
        assertThat(b.recurring()).isEqualTo(new BigDecimal("0.00"));
        assertThat(b.subtotal()).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void invoiceNumbersRunOnPerEntityInAccountOrderWithoutGaps() {
        List<CustomerCycle> cycles = List.of(
                cycle(customer("C4", "MAIN", null), "0", "3.00", null),
                cycle(customer("C3", "MAIN", null), "0", "0.20", null),   // carried: takes no number
                cycle(customer("C1", "MAIN", null), "0", "2.00", null),
                cycle(customer("C2", "EAST", null), "0", "2.00", null),
                cycle(customer("C5", null, null), "0", "2.00", null));    // empty entity: MAIN
        // MAIN last issued 41, EAST none yet: C1 MAIN-000042, C2 EAST-000001, C3 carried, C4 MAIN-000043, C5 MAIN-000044
        List<Balance> balances = CLOSER.close(MARCH, cycles, Map.of("MAIN", 41L));
        assertThat(balances).extracting(Balance::account).containsExactly("C1", "C2", "C3", "C4", "C5");
        assertThat(balances).extracting(b -> b.invoice().map(Invoice::number).orElse("-"))
                .containsExactly("MAIN-000042", "EAST-000001", "-", "MAIN-000043", "MAIN-000044");
        assertThat(balances.get(1).invoice().orElseThrow().entity()).isEqualTo("EAST");
        assertThat(balances.get(4).invoice().orElseThrow().sequence()).isEqualTo(44L);
    }

    @Test
    void accountOrderIsCodePointOrder() {
        String emoji = new String(Character.toChars(0x1F600));
        // U+FFFD < U+1F600 as code points: C\uFFFD gets MAIN-000001, C+emoji MAIN-000002
        List<Balance> balances = CLOSER.close(MARCH, List.of(
                cycle("C" + emoji, "0", "2.00", null), cycle("C\uFFFD", "0", "2.00", null)), Map.of());
        assertThat(balances).extracting(b -> b.invoice().orElseThrow().number()).containsExactly("MAIN-000001", "MAIN-000002");
        assertThat(balances.getFirst().account()).isEqualTo("C\uFFFD");
    }

    @Test
    void theFirstInvoiceOfAnEntityIsNumberOne() {
        Balance b = CLOSER.close(MARCH, List.of(cycle("C1", "0", "2.00", null)), Map.of()).getFirst();
        assertThat(b.invoice()).get().extracting(Invoice::number).isEqualTo("MAIN-000001");
        assertThat(Invoice.number("WEST", 999_999)).isEqualTo("WEST-999999");
    }
}
