package com.meterbook.billing;

import com.meterbook.domain.Customer;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a run of closes with credit notes issued between them: everything invoiced, plus what is still
 * carried, plus every credit applied equals usage + recurring + tax, to the sen; credits applied plus
 * those still open equal those issued; and no subtotal goes below zero.
 */
class CreditNotesPropertyTest {

    record Month(BigDecimal usage, BigDecimal recurring, List<BigDecimal> creditsIssued) {
    }

    @Provide
    Arbitrary<List<Month>> months() {
        Arbitrary<BigDecimal> cents = Arbitraries.integers().between(0, 5_000).map(c -> BigDecimal.valueOf(c, 2));
        Arbitrary<BigDecimal> recurring = Arbitraries.of("0", "0", "2.50", "10.00").map(BigDecimal::new);
        Arbitrary<List<BigDecimal>> credits = Arbitraries.integers().between(1, 6_000).map(c -> BigDecimal.valueOf(c, 2)).list().ofMaxSize(2);
        return Combinators.combine(cents, recurring, credits).as(Month::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 300)
    void invoicedPlusCarriedPlusCreditsEqualsUsageRecurringAndTax(@ForAll("months") List<Month> months,
                                                                 @ForAll("thresholds") String threshold) {
        LedgerSettings settings = new LedgerSettings(ZoneId.of("Asia/Kuala_Lumpur"), Money.MYR, "60", 2, RoundingMode.HALF_UP,
                new BigDecimal(threshold), new BigDecimal("0.06"), 14_400, Optional.empty());
        Customer customer = new Customer("C1", "C1", "BIZ", Set.of(), Optional.empty(), "MAIN");
        CycleCloser closer = new CycleCloser(settings);
        List<OpenCredit> open = new ArrayList<>();
        Map<String, Long> sequences = new HashMap<>();
        BigDecimal carried = BigDecimal.ZERO;
        BigDecimal invoiced = BigDecimal.ZERO;
        BigDecimal applied = BigDecimal.ZERO;
        BigDecimal billable = BigDecimal.ZERO;
        BigDecimal issued = BigDecimal.ZERO;
        YearMonth period = YearMonth.of(2025, 1);
        int notes = 0;
        for (Month m : months) {
            for (BigDecimal credit : m.creditsIssued()) {
                open.add(new OpenCredit(CreditNote.number("MAIN", ++notes), credit));
                issued = issued.add(credit);
            }
            boolean hasRecurring = m.recurring().signum() > 0;
            Balance b = closer.close(period, List.of(new CustomerCycle(customer, carried, m.usage(), m.recurring(), hasRecurring, open)),
                    sequences).getFirst();
            b.invoice().ifPresent(i -> sequences.put("MAIN", i.sequence()));
            assertThat(b.subtotal().signum()).isNotNegative();
            open = remaining(open, b.credits());
            carried = b.carriedForward();
            applied = applied.add(b.credit());
            billable = billable.add(m.usage()).add(m.recurring()).add(b.invoice().map(Invoice::tax).orElse(BigDecimal.ZERO));
            invoiced = invoiced.add(b.invoice().map(Invoice::total).orElse(BigDecimal.ZERO));
            period = period.plusMonths(1);
        }
        assertThat(invoiced.add(carried).add(applied)).isEqualByComparingTo(billable);
        BigDecimal stillOpen = open.stream().map(OpenCredit::remaining).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(applied.add(stillOpen)).isEqualByComparingTo(issued);
    }

    @Provide
    Arbitrary<String> thresholds() {
        return Arbitraries.of("0", "1.00", "30.00");
    }

    private static List<OpenCredit> remaining(List<OpenCredit> open, List<CreditApplication> applied) {
        Map<String, BigDecimal> used = new HashMap<>();
        applied.forEach(a -> used.merge(a.creditNote(), a.amount(), BigDecimal::add));
        List<OpenCredit> left = new ArrayList<>();
        for (OpenCredit c : open) {
            BigDecimal rest = c.remaining().subtract(used.getOrDefault(c.creditNote(), BigDecimal.ZERO));
            if (rest.signum() > 0) {
                left.add(new OpenCredit(c.creditNote(), rest));
            }
        }
        return left;
    }
}
