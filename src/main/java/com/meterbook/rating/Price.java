package com.meterbook.rating;

import com.meterbook.domain.Fraction;

import java.math.BigDecimal;
import java.util.List;

/**
 * A priced record: the billed quantity (the final position), its exact cost (connect fee plus
 * steps, raised to the minimum charge) and that cost rounded once.
 */
public record Price(BigDecimal quantity, BigDecimal counterBefore, BigDecimal billedQuantity, RateRow startRow,
                    List<PricingStep> steps, Fraction exactCost, boolean minimumApplied, BigDecimal charge) {
}
