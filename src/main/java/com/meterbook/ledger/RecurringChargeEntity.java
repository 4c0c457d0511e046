package com.meterbook.ledger;

import com.meterbook.billing.RecurringCharge;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Optional;

@Entity
@Table(name = "recurring_charge")
class RecurringChargeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "row_key")
    String rowKey;
    String account;
    String description;
    BigDecimal amount;
    @Column(name = "from_period")
    int fromPeriod;
    @Column(name = "to_period")
    Integer toPeriod;

    void assign(RecurringCharge r, String key) {
        rowKey = key;
        account = r.account();
        description = r.description();
        amount = r.amount();
        fromPeriod = Periods.toInt(r.from());
        toPeriod = r.to().map(Periods::toInt).orElse(null);
    }

    RecurringCharge toDomain() {
        return new RecurringCharge(account, description, amount, Periods.of(fromPeriod),
                Optional.ofNullable(toPeriod).map(Periods::of));
    }
}
