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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Credit notes at a cycle close, threshold 1.00, tax 6 %; every figure worked out by hand in the comments. */
class CreditNotesAtCloseTest {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    private static final LedgerSettings SETTINGS = new LedgerSettings(ZoneId.of("Asia/Kuala_Lumpur"), Money.MYR, "60", 2,
            RoundingMode.HALF_UP, new BigDecimal("1.00"), new BigDecimal("0.06"), 14_400, Optional.empty());
    private static final Customer C1 = new Customer("C1", "C1", "BIZ", Set.of(), Optional.empty(), "MAIN");

    private static Balance close(String broughtForward, String usage, String recurring, OpenCredit... credits) {
        CustomerCycle c = new CustomerCycle(C1, new BigDecimal(broughtForward), new BigDecimal(usage),
                new BigDecimal(recurring == null ? "0" : recurring), recurring != null, List.of(credits));
        return new CycleCloser(SETTINGS).close(APRIL, List.of(c), Map.of()).getFirst();
    }

    private static OpenCredit credit(String number, String amount) {
        return new OpenCredit(number, new BigDecimal(amount));
    }

    @Test
    void aCreditIsDeductedBeforeTax() {
        // gross 0.50 + 20.00 + 10.00 = 30.50; credit 4.25 -> subtotal 26.25
        // tax 26.25 * 0.06 = 1.575 -> 1.58 (half up); total 27.83
        Balance b = close("0.50", "20.00", "10.00", credit("MAIN-CN-000001", "4.25"));
        Invoice invoice = b.invoice().orElseThrow();
        assertThat(b.credit()).isEqualTo(new BigDecimal("4.25"));
        assertThat(invoice.subtotal()).isEqualTo(new BigDecimal("26.25"));
        assertThat(invoice.tax()).isEqualTo(new BigDecimal("1.58"));
        assertThat(invoice.total()).isEqualTo(new BigDecimal("27.83"));
        assertThat(invoice.credit()).isEqualTo(new BigDecimal("4.25"));
        assertThat(b.credits()).containsExactly(new CreditApplication("MAIN-CN-000001", new BigDecimal("4.25")));
    }

    @Test
    void aCreditLargerThanTheCycleStaysOpenForTheRest() {
        // gross 0 + 3.00 + 0 = 3.00; credits 2.00 then 5.00: 2.00 whole, then 1.00 of 5.00 -> subtotal 0.00
        // subtotal 0 with no recurring charge: nothing invoiced, 0.00 carried; 4.00 of the second note stays open
        Balance b = close("0", "3.00", null, credit("MAIN-CN-000001", "2.00"), credit("MAIN-CN-000002", "5.00"));
        assertThat(b.invoiced()).isFalse();
        assertThat(b.subtotal()).isEqualTo(new BigDecimal("0.00"));
        assertThat(b.carriedForward()).isEqualTo(new BigDecimal("0.00"));
        assertThat(b.credits()).containsExactly(new CreditApplication("MAIN-CN-000001", new BigDecimal("2.00")),
                new CreditApplication("MAIN-CN-000002", new BigDecimal("1.00")));
    }

    @Test
    void aCreditThatLeavesLessThanTheThresholdCarriesTheRest() {
        // gross 0.30 + 5.00 = 5.30; credit 4.80 -> subtotal 0.50 < 1.00, no recurring: carried 0.50
        Balance b = close("0.30", "5.00", null, credit("MAIN-CN-000001", "4.80"));
        assertThat(b.invoiced()).isFalse();
        assertThat(b.carriedForward()).isEqualTo(new BigDecimal("0.50"));
        assertThat(b.credit()).isEqualTo(new BigDecimal("4.80"));
    }

    @Test
    void aRecurringChargeStillInvoicesWhatTheCreditLeaves() {
        // gross 0 + 0 + 10.00 = 10.00; credit 9.99 -> subtotal 0.01, recurring: invoiced; tax 0.0006 -> 0.00; total 0.01
        Balance b = close("0", "0", "10.00", credit("MAIN-CN-000001", "9.99"));
        assertThat(b.invoice().orElseThrow().total()).isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void noCreditMeansTheContractFiguresExactly() {
        // 0.40 + 0.59 = 0.99 < 1.00: carried, no credit line
        Balance b = close("0.40", "0.59", null);
        assertThat(b.subtotal()).isEqualTo(new BigDecimal("0.99"));
        assertThat(b.credit()).isEqualTo(new BigDecimal("0.00"));
        assertThat(b.credits()).isEmpty();
    }

    @Test
    void creditNoteNumbersAreApartFromInvoiceNumbers() {
        assertThat(CreditNote.number("MAIN", 1)).isEqualTo("MAIN-CN-000001");
        assertThat(CreditNote.number("EAST", 999_999)).isEqualTo("EAST-CN-999999");
        assertThatThrownBy(() -> CreditNote.number("MAIN", 0)).hasMessageContaining("out of range");
    }

    @Test
    void theLimitIsWhatWasDisputedLessEarlierCredits() {
        // charge 12.40, 10.00 credited before: at most 2.40
        CreditLimit.check(new BigDecimal("2.40"), "the record's charge", new BigDecimal("12.40"), new BigDecimal("10.00"), 2);
        assertThatThrownBy(() -> CreditLimit.check(new BigDecimal("2.41"), "the record's charge", new BigDecimal("12.40"),
                new BigDecimal("10.00"), 2))
                .hasMessage("amount 2.41 is more than the record's charge 12.40 less 10.00 already credited (at most 2.40)");
        assertThatThrownBy(() -> CreditLimit.check(new BigDecimal("0"), "x", BigDecimal.TEN, BigDecimal.ZERO, 2))
                .hasMessageContaining("must be above 0");
        assertThatThrownBy(() -> CreditLimit.check(new BigDecimal("1.005"), "x", BigDecimal.TEN, BigDecimal.ZERO, 2))
                .hasMessageContaining("more than the ledger's 2 decimals");
    }
}
