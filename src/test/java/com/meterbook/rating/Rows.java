package com.meterbook.rating;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Builds rate rows for tests; defaults are rates.csv's: band *, slot 0, tier 0, no fees, 2024-01-01. */
final class Rows {

    private String plan = "";
    private String account = "";
    private final String prefix;
    private String destination = "";
    private String band = RateRow.ANY_BAND;
    private LocalDate from = LocalDate.of(2024, 1, 1);
    private String connectFee = "0";
    private String rate = "0";
    private String per = "60";
    private String increment = "60";
    private String slot = "0";
    private String tier = "0";
    private String minCharge = "0";

    private Rows(String prefix) {
        this.prefix = prefix;
    }

    static Rows plan(String plan, String prefix) {
        Rows r = new Rows(prefix);
        r.plan = plan;
        return r;
    }

    static Rows override(String account, String prefix) {
        Rows r = new Rows(prefix);
        r.account = account;
        r.plan = "IGNORED";
        return r;
    }

    Rows destination(String value) {
        destination = value;
        return this;
    }

    Rows band(String value) {
        band = value;
        return this;
    }

    Rows from(String isoDate) {
        from = LocalDate.parse(isoDate);
        return this;
    }

    /** {@code rate} per {@code per} units, billed in steps of {@code increment}. */
    Rows price(String rate, String per, String increment) {
        this.rate = rate;
        this.per = per;
        this.increment = increment;
        return this;
    }

    Rows connectFee(String value) {
        connectFee = value;
        return this;
    }

    Rows minCharge(String value) {
        minCharge = value;
        return this;
    }

    Rows slot(String value) {
        slot = value;
        return this;
    }

    Rows tier(String value) {
        tier = value;
        return this;
    }

    RateRow row() {
        return new RateRow(plan, account, prefix, destination, band, from, new BigDecimal(connectFee),
                new BigDecimal(rate), new BigDecimal(per), new BigDecimal(increment), new BigDecimal(slot),
                new BigDecimal(tier), new BigDecimal(minCharge));
    }
}
