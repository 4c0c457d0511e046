package com.meterbook.ui.dashboard;

import com.meterbook.billing.Balance;
import com.meterbook.domain.Customer;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.Money;
import com.meterbook.ledger.ReportQueries.ChangeStamp;
import com.meterbook.operations.UsageActivity;
import com.meterbook.ui.common.Formats;
import com.meterbook.ui.common.LedgerService.CycleSnapshot;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the dashboard shows, worked out in the background from a cycle snapshot: rows by amount, totals, and activity. */
record DashboardData(YearMonth period, List<YearMonth> openPeriods, List<CustomerRow> rows, String pendingTotal,
                     String invoiceSummary, String carrySummary, long openExceptions, ChangeStamp stamp,
                     UsageActivity.Snapshot activity, ZoneId zone) {

    static final Comparator<CustomerRow> BY_AMOUNT = Comparator.comparing(CustomerRow::pending).reversed()
            .thenComparing(CustomerRow::account);

    static DashboardData of(CycleSnapshot snapshot, UsageActivity.Snapshot activity) {
        LedgerSettings settings = snapshot.settings();
        Map<String, Customer> customers = snapshot.customers().stream()
                .collect(Collectors.toMap(Customer::account, Function.identity()));
        List<CustomerRow> rows = snapshot.balances().stream()
                .map(b -> row(settings, customers.get(b.account()), b))
                .sorted(BY_AMOUNT)
                .toList();
        BigDecimal pending = sum(snapshot.balances(), Balance::subtotal);
        List<Balance> invoiced = snapshot.balances().stream().filter(Balance::invoiced).toList();
        List<Balance> carried = snapshot.balances().stream().filter(b -> !b.invoiced()).toList();
        String invoices = invoiced.size() + (invoiced.size() == 1 ? " customer, " : " customers, ")
                + Formats.money(settings, sum(invoiced, Balance::subtotal));
        String carries = carried.size() + (carried.size() == 1 ? " customer, " : " customers, ")
                + Formats.money(settings, sum(carried, Balance::subtotal));
        return new DashboardData(snapshot.period(), snapshot.openPeriods(), rows, Formats.money(settings, pending),
                invoices, carries, snapshot.stamp().openExceptions(), snapshot.stamp(), activity,
                settings.zone());
    }

    private static CustomerRow row(LedgerSettings settings, Customer customer, Balance b) {
        Money pending = money(settings, b.subtotal());
        String state;
        if (b.invoiced()) {
            state = "Invoice";
        } else {
            BigDecimal threshold = customer == null ? settings.threshold() : customer.thresholdOr(settings.threshold());
            state = pending.format() + " / " + money(settings, threshold).format() + " threshold";
        }
        return new CustomerRow(b.account(), customer == null ? "" : customer.name(), customer == null ? "" : customer.plan(),
                money(settings, b.broughtForward()), money(settings, b.usage()), money(settings, b.recurring()),
                pending, b.invoiced(), state);
    }

    private static Money money(LedgerSettings settings, BigDecimal amount) {
        return settings.money(settings.atScale(amount));
    }

    private static BigDecimal sum(List<Balance> balances, Function<Balance, BigDecimal> part) {
        return balances.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
