package com.meterbook.ledger;

import com.meterbook.rating.RateRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "rate_row")
class RateRowEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "row_key")
    String rowKey;
    String plan;
    String account;
    String prefix;
    String destination;
    String band;
    @Column(name = "effective_from")
    LocalDate effectiveFrom;
    @Column(name = "connect_fee")
    BigDecimal connectFee;
    BigDecimal rate;
    BigDecimal per;
    BigDecimal increment;
    @Column(name = "slot_from")
    BigDecimal slotFrom;
    @Column(name = "tier_from")
    BigDecimal tierFrom;
    @Column(name = "min_charge")
    BigDecimal minCharge;

    void assign(RateRow r) {
        rowKey = r.identity();
        plan = r.plan();
        account = r.account();
        prefix = r.prefix();
        destination = r.destination();
        band = r.band();
        effectiveFrom = r.effectiveFrom();
        connectFee = r.connectFee();
        rate = r.rate();
        per = r.per();
        increment = r.increment();
        slotFrom = r.slotFrom();
        tierFrom = r.tierFrom();
        minCharge = r.minCharge();
    }

    RateRow toDomain() {
        return new RateRow(plan, account, prefix, destination, band, effectiveFrom, strip(connectFee), strip(rate),
                strip(per), strip(increment), strip(slotFrom), strip(tierFrom), strip(minCharge));
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
