package com.meterbook.rating;

import com.meterbook.domain.Fraction;
import com.meterbook.domain.LedgerSettings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 4 and 5 of the contract. From position p = 0, each step uses, among the rows with
 * {@code slot_from <= p} and {@code tier_from <= C + p}, the one with the largest slot, then the
 * largest tier; it adds {@code increment} to p and {@code increment * rate / per} to the cost until
 * p reaches q. Runs of steps that use the same row are priced at once, so a 10,000 kWh reading
 * with a 0.001 increment costs a handful of multiplications, not ten million steps.
 */
public final class StepPricer {

    private StepPricer() {
    }

    /**
     * @param rows    the selected rows, in {@link RateVersion#STEP_ORDER}
     * @param counter C, the customer's billed quantity of this prefix earlier in the cycle
     */
    public static Price price(List<RateRow> rows, BigDecimal counter, BigDecimal quantity, LedgerSettings settings) {
        RateRow startRow = rowAt(rows, BigDecimal.ZERO, counter);
        List<PricingStep> steps = new ArrayList<>(2);
        Fraction stepCost = Fraction.ZERO;
        BigDecimal p = BigDecimal.ZERO;
        while (p.compareTo(quantity) < 0) {
            RateRow row = rowAt(rows, p, counter);
            BigDecimal until = nextBreak(rows, p, counter, quantity);
            BigDecimal count = until.subtract(p).divide(row.increment(), 0, RoundingMode.CEILING);
            BigDecimal to = p.add(count.multiply(row.increment()));
            Fraction cost = Fraction.of(count.multiply(row.increment()).multiply(row.rate()), row.per());
            steps.add(new PricingStep(row, p, to, count, cost));
            stepCost = stepCost.plus(cost);
            p = to;
        }
        Fraction exact = stepCost.plus(startRow.connectFee());
        boolean minimum = exact.isBelow(startRow.minCharge());
        if (minimum) {
            exact = Fraction.of(startRow.minCharge());
        }
        return new Price(quantity, counter, p, startRow, List.copyOf(steps), exact, minimum, settings.roundCharge(exact));
    }

    static RateRow rowAt(List<RateRow> rows, BigDecimal p, BigDecimal counter) {
        BigDecimal cumulative = counter.add(p);
        for (RateRow row : rows) {
            if (row.slotFrom().compareTo(p) <= 0 && row.tierFrom().compareTo(cumulative) <= 0) {
                return row;
            }
        }
        throw new IllegalStateException("no rate row at position 0 and tier 0 (the rates import checks this)");
    }

    /** The next position after p at which another row may take over, or q. */
    private static BigDecimal nextBreak(List<RateRow> rows, BigDecimal p, BigDecimal counter, BigDecimal quantity) {
        BigDecimal next = quantity;
        for (RateRow row : rows) {
            if (row.slotFrom().compareTo(p) > 0 && row.slotFrom().compareTo(next) < 0) {
                next = row.slotFrom();
            }
            BigDecimal tierPosition = row.tierFrom().subtract(counter);
            if (tierPosition.compareTo(p) > 0 && tierPosition.compareTo(next) < 0) {
                next = tierPosition;
            }
        }
        return next;
    }
}
