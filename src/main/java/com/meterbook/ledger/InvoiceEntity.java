package com.meterbook.ledger;

import com.meterbook.billing.Invoice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Entity
@Table(name = "invoice")
class InvoiceEntity {
    @Id
    @Column(name = "invoice_no")
    String number;
    String entity;
    long sequence;
    String account;
    int period;
    @Column(name = "brought_forward")
    BigDecimal broughtForward;
    @Column(name = "usage_amount")
    BigDecimal usage;
    BigDecimal recurring;
    BigDecimal subtotal;
    BigDecimal tax;
    BigDecimal total;
    @Column(name = "issued_at")
    OffsetDateTime issuedAt;

    static InvoiceEntity from(Invoice i, OffsetDateTime issuedAt) {
        InvoiceEntity e = new InvoiceEntity();
        e.number = i.number();
        e.entity = i.entity();
        e.sequence = i.sequence();
        e.account = i.account();
        e.period = Periods.toInt(i.period());
        e.broughtForward = i.broughtForward();
        e.usage = i.usage();
        e.recurring = i.recurring();
        e.subtotal = i.subtotal();
        e.tax = i.tax();
        e.total = i.total();
        e.issuedAt = issuedAt;
        return e;
    }

    Invoice toDomain(int decimals) {
        int moneyScale = Math.max(decimals, 2);
        return new Invoice(number, entity, sequence, account, Periods.of(period),
                BalanceEntity.scaled(broughtForward, decimals), BalanceEntity.scaled(usage, decimals),
                BalanceEntity.scaled(recurring, decimals), BalanceEntity.scaled(subtotal, decimals),
                BalanceEntity.scaled(tax, moneyScale), BalanceEntity.scaled(total, moneyScale));
    }
}
