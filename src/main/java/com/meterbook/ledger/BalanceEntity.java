package com.meterbook.ledger;

import com.meterbook.billing.Balance;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

@Entity
@Table(name = "balance")
@IdClass(BalanceEntity.Key.class)
class BalanceEntity {
    @Id
    String account;
    @Id
    int period;
    @Column(name = "brought_forward")
    BigDecimal broughtForward;
    @Column(name = "usage_amount")
    BigDecimal usage;
    BigDecimal recurring;
    BigDecimal subtotal;
    boolean invoiced;
    @Column(name = "carried_forward")
    BigDecimal carriedForward;

    record Key(String account, int period) implements Serializable {
        Key() {
            this(null, 0);
        }
    }

    static BalanceEntity from(Balance b) {
        BalanceEntity e = new BalanceEntity();
        e.account = b.account();
        e.period = Periods.toInt(b.period());
        e.broughtForward = b.broughtForward();
        e.usage = b.usage();
        e.recurring = b.recurring();
        e.subtotal = b.subtotal();
        e.invoiced = b.invoiced();
        e.carriedForward = b.carriedForward();
        return e;
    }

    Balance toDomain(int decimals, Optional<com.meterbook.billing.Invoice> invoice) {
        return new Balance(account, Periods.of(period), scaled(broughtForward, decimals), scaled(usage, decimals),
                scaled(recurring, decimals), scaled(subtotal, decimals), invoice, scaled(carriedForward, decimals));
    }

    static BigDecimal scaled(BigDecimal stored, int decimals) {
        BigDecimal exact = stored.stripTrailingZeros();
        return exact.scale() <= decimals ? stored.setScale(decimals) : exact;
    }
}
