package com.meterbook.operations;

import com.meterbook.billing.DisputeStatus;
import com.meterbook.ledger.DisputeStore;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** Which disputes to list: by status, account, opening date (ledger zone, inclusive) and a text in reason, target or account. */
public record DisputeFilter(Optional<DisputeStatus> status, Optional<String> account, Optional<LocalDate> from,
                            Optional<LocalDate> to, Optional<String> text) {

    public static final DisputeFilter ALL = new DisputeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public DisputeFilter {
        account = account.map(String::trim).filter(a -> !a.isEmpty());
        text = text.map(String::trim).filter(t -> !t.isEmpty());
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("--to " + to.get() + " is before --from " + from.get());
        }
    }

    boolean accepts(DisputeStore.Row row, ZoneId zone) {
        LocalDate opened = row.openedAt().atZone(zone).toLocalDate();
        return status.map(s -> s == row.status()).orElse(true)
                && account.map(a -> a.equals(row.account())).orElse(true)
                && from.map(f -> !opened.isBefore(f)).orElse(true)
                && to.map(t -> !opened.isAfter(t)).orElse(true)
                && text.map(t -> contains(row, t.toLowerCase(Locale.ROOT))).orElse(true);
    }

    private static boolean contains(DisputeStore.Row row, String needle) {
        String hay = String.join(" ", row.reason(), row.target().id(), row.account(), row.author(), row.creditNote().orElse(""));
        return hay.toLowerCase(Locale.ROOT).contains(needle);
    }
}
