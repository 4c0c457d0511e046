package com.meterbook.operations;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.Money;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.Csv;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.SmallOperator.Cdr;
import com.meterbook.testing.TempFolders;
import com.meterbook.testing.TestLedger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RATING.md "Cycles, carry-forward and invoices" at ledger level: close January, then February, of
 * generated usage under generated settings, and check the balances, invoices and charges exports
 * against each other.
 */
@Tag("db")
class CycleClosePropertiesTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    /** The customers' own thresholds in {@link SmallOperator#CUSTOMERS}; the others use the ledger's. */
    private static final Map<String, BigDecimal> OWN_THRESHOLD = Map.of("A2", new BigDecimal("0.50"), "A3", new BigDecimal("5.00"));
    private static final Map<String, String> ENTITY = Map.of("A1", "MAIN", "A2", "MAIN", "A3", "EAST", "A4", "EAST");

    @Provide
    Arbitrary<LedgerSettings> settings() {
        return Combinators.combine(Arbitraries.of(0, 2, 3), Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.UP, RoundingMode.DOWN),
                        Arbitraries.of("0", "0.50", "1.00", "5.00", "30.00"), Arbitraries.of("0", "0.06", "0.1"))
                .as((decimals, rounding, threshold, tax) -> new LedgerSettings(TestLedger.KL, Money.MYR, "60", decimals, rounding,
                        new BigDecimal(threshold), new BigDecimal(tax), 14_400, Optional.empty()));
    }

    @Provide
    Arbitrary<List<Cdr>> cdrs() {
        return SmallOperator.distinctCdrs(0, 40);
    }

    /** Recurring rows: none, or a small January charge for A1 and one for A4 from February with no end. */
    @Provide
    Arbitrary<String> recurring() {
        return Arbitraries.of("", "A1,Line rental,0.30,2026-01,2026-01\n", "A4,Support,2.05,2026-02,\n",
                "A1,Line rental,0.30,2026-01,2026-01\nA4,Support,2.05,2026-02,\nA4,Extra number,1.10,2026-01,2026-02\n");
    }

    @Property(tries = 10, shrinking = ShrinkingMode.BOUNDED)
    void balancesInvoicesAndChargesAgree(@ForAll("settings") LedgerSettings settings, @ForAll("cdrs") List<Cdr> cdrs,
                                         @ForAll("recurring") String recurring) throws Exception {
        Path folder = TempFolders.create("meterbook-close");
        try (TestLedger ledger = TestLedger.create(folder, settings)) {
            SmallOperator.load(ledger);
            if (!recurring.isEmpty()) {
                ledger.recurring("account,description,amount,from,to\n" + recurring);
            }
            ledger.importFile(ledger.write("cdrs.csv", SmallOperator.cdrFile(cdrs)), UsageFormat.GENERIC, 7);

            String janPreview = ledger.balances(JAN);
            ledger.close(JAN);
            assertThat(ledger.balances(JAN)).as("January's balances after closing equal the preview").isEqualTo(janPreview);
            ledger.close(FEB);

            List<Map<String, String>> jan = Csv.rows(ledger.balances(JAN));
            List<Map<String, String>> feb = Csv.rows(ledger.balances(FEB));
            Map<String, Map<String, String>> invoices = new TreeMap<>();
            List<Map<String, String>> janInvoices = Csv.rows(ledger.invoices(JAN));
            List<Map<String, String>> febInvoices = Csv.rows(ledger.invoices(FEB));
            for (Map<String, String> i : concat(janInvoices, febInvoices)) {
                assertThat(invoices.put(i.get("period") + " " + i.get("account"), i)).as("one invoice per customer and cycle").isNull();
            }

            for (YearMonth period : List.of(JAN, FEB)) {
                List<Map<String, String>> balances = period.equals(JAN) ? jan : feb;
                assertThat(balances).extracting(b -> b.get("account")).containsExactly("A1", "A2", "A3", "A4");
                Map<String, BigDecimal> charged = chargesByAccount(ledger.charges(period));
                for (Map<String, String> b : balances) {
                    String account = b.get("account");
                    assertThat(b.get("period")).isEqualTo(period.toString());
                    assertThat(b.get("usage")).as("%s %s usage = its record charges", account, period)
                            .isEqualTo(charged.getOrDefault(account, BigDecimal.ZERO).setScale(settings.decimals()).toPlainString());
                    BigDecimal subtotal = money(b, "brought_forward").add(money(b, "usage")).add(money(b, "recurring"));
                    assertThat(money(b, "subtotal")).as("%s %s subtotal", account, period).isEqualByComparingTo(subtotal);
                    BigDecimal threshold = OWN_THRESHOLD.getOrDefault(account, settings.threshold());
                    boolean carry = money(b, "recurring").signum() == 0 && (subtotal.compareTo(threshold) < 0 || subtotal.signum() == 0);
                    assertThat(b.get("invoiced")).as("%s %s invoiced (subtotal %s, threshold %s)", account, period, subtotal, threshold)
                            .isEqualTo(Boolean.toString(!carry));
                    assertThat(money(b, "carried_forward")).as("%s %s carried", account, period)
                            .isEqualByComparingTo(carry ? subtotal : BigDecimal.ZERO);
                    Map<String, String> invoice = invoices.get(period + " " + account);
                    if (carry) {
                        assertThat(invoice).as("%s %s has no invoice", account, period).isNull();
                        continue;
                    }
                    assertThat(invoice).as("%s %s invoice", account, period).isNotNull();
                    for (String column : List.of("brought_forward", "usage", "recurring")) {
                        assertThat(invoice.get(column)).as("invoice %s", column).isEqualTo(b.get(column));
                    }
                    BigDecimal tax = subtotal.multiply(settings.taxRate()).setScale(2, RoundingMode.HALF_UP);
                    assertThat(money(invoice, "tax")).as("%s tax", invoice.get("invoice_no")).isEqualByComparingTo(tax);
                    assertThat(money(invoice, "total")).as("%s total = subtotal + tax", invoice.get("invoice_no"))
                            .isEqualByComparingTo(subtotal.add(money(invoice, "tax")));
                    assertThat(invoice.get("invoice_no")).startsWith(ENTITY.get(account) + "-");
                }
            }

            for (int i = 0; i < jan.size(); i++) {
                assertThat(feb.get(i).get("brought_forward")).as("%s brings forward what January carried", jan.get(i).get("account"))
                        .isEqualTo(jan.get(i).get("carried_forward"));
            }
            BigDecimal billed = BigDecimal.ZERO;
            BigDecimal invoicedSubtotals = BigDecimal.ZERO;
            for (Map<String, String> b : concat(jan, feb)) {
                billed = billed.add(money(b, "usage")).add(money(b, "recurring"));
                if (b.get("invoiced").equals("true")) {
                    invoicedSubtotals = invoicedSubtotals.add(money(b, "subtotal"));
                }
            }
            BigDecimal stillCarried = feb.stream().map(b -> money(b, "carried_forward")).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(invoicedSubtotals.add(stillCarried)).as("every sen is invoiced or still carried").isEqualByComparingTo(billed);

            assertGapless(concat(janInvoices, febInvoices));
        } finally {
            TempFolders.delete(folder);
        }
    }

    /** Per entity, numbers run 1, 2, 3... over both closes, and within a close they follow account order. */
    private static void assertGapless(List<Map<String, String>> invoices) {
        Map<String, List<Map<String, String>>> byEntity = new TreeMap<>();
        for (Map<String, String> i : invoices) {
            String no = i.get("invoice_no");
            assertThat(no).matches("[A-Z]+-\\d{6}");
            byEntity.computeIfAbsent(no.substring(0, no.indexOf('-')), e -> new ArrayList<>()).add(i);
        }
        byEntity.forEach((entity, list) -> {
            list.sort((a, b) -> a.get("invoice_no").compareTo(b.get("invoice_no")));
            for (int k = 0; k < list.size(); k++) {
                assertThat(list.get(k).get("invoice_no")).isEqualTo("%s-%06d".formatted(entity, k + 1));
                if (k > 0 && list.get(k).get("period").equals(list.get(k - 1).get("period"))) {
                    assertThat(list.get(k).get("account")).as("account order within one close").isGreaterThan(list.get(k - 1).get("account"));
                }
                if (k > 0) {
                    assertThat(list.get(k).get("period")).isGreaterThanOrEqualTo(list.get(k - 1).get("period"));
                }
            }
        });
    }

    private static Map<String, BigDecimal> chargesByAccount(String chargesCsv) {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Map<String, String> r : Csv.rows(chargesCsv)) {
            sums.merge(r.get("account"), new BigDecimal(r.get("charge")), BigDecimal::add);
        }
        return sums;
    }

    private static BigDecimal money(Map<String, String> row, String column) {
        return new BigDecimal(row.get(column));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
