package com.meterbook.documents;

import com.meterbook.billing.EntityProfile;
import com.meterbook.billing.Invoice;
import com.meterbook.domain.LedgerSettings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Everything on a statement but its itemised lines: who issues it, to whom, for which cycle, and the
 * cycle's balance as the ledger holds it (closed) or as a close would give it now ({@code provisional}).
 * {@code credit} is what credit notes took off the subtotal in this close (zero without any).
 */
public record StatementHeader(EntityProfile entity, String account, String customerName, YearMonth period, boolean provisional,
                              LocalDate date, LedgerSettings settings, BigDecimal broughtForward, BigDecimal usage,
                              List<Amount> recurring, BigDecimal subtotal, Optional<Invoice> invoice, BigDecimal carriedForward,
                              BigDecimal threshold, BigDecimal credit) {

    public String money(BigDecimal amount) {
        return settings.money(settings.atScale(amount)).format();
    }

    /** Why nothing is invoiced, when nothing is. */
    public Optional<String> carryNotice() {
        if (invoice.isPresent()) {
            return Optional.empty();
        }
        String next = period.plusMonths(1).toString();
        if (subtotal.signum() == 0) {
            return Optional.of("Balance " + money(subtotal) + ": nothing is invoiced and nothing is carried forward to " + next);
        }
        return Optional.of("Balance " + money(subtotal) + " is below the " + money(threshold) + " threshold and is carried forward to " + next);
    }
}
