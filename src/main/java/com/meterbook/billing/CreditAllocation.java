package com.meterbook.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How open credit notes meet a cycle: they are deducted, oldest first, from the customer's gross
 * subtotal (brought forward + usage + recurring), never below zero. What a close cannot use stays open
 * on the note for the customer's next close, so a credit never turns a balance negative.
 */
public final class CreditAllocation {

    private CreditAllocation() {
    }

    public static List<CreditApplication> allocate(BigDecimal gross, List<OpenCredit> credits) {
        List<CreditApplication> applied = new ArrayList<>();
        BigDecimal room = gross.max(BigDecimal.ZERO);
        for (OpenCredit credit : credits) {
            if (room.signum() == 0) {
                break;
            }
            BigDecimal take = credit.remaining().min(room);
            applied.add(new CreditApplication(credit.creditNote(), take));
            room = room.subtract(take);
        }
        return applied;
    }

    public static BigDecimal total(List<CreditApplication> applied) {
        return applied.stream().map(CreditApplication::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
