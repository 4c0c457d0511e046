package com.meterbook.ledger;

import com.meterbook.domain.LedgerSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;

@Entity
@Table(name = "ledger_settings")
class SettingsEntity {
    @Id
    int id = 1;
    String zone;
    String currency;
    @Column(name = "country_code")
    String countryCode;
    int decimals;
    String rounding;
    BigDecimal threshold;
    @Column(name = "tax_rate")
    BigDecimal taxRate;
    @Column(name = "max_duration")
    long maxDuration;
    @Column(name = "max_charge")
    BigDecimal maxCharge;

    static SettingsEntity from(LedgerSettings s) {
        SettingsEntity e = new SettingsEntity();
        e.zone = s.zone().getId();
        e.currency = s.currency().getCurrencyCode();
        e.countryCode = s.countryCode();
        e.decimals = s.decimals();
        e.rounding = s.rounding().name();
        e.threshold = s.threshold();
        e.taxRate = s.taxRate();
        e.maxDuration = s.maxDurationSeconds();
        e.maxCharge = s.maxCharge().orElse(null);
        return e;
    }

    LedgerSettings toDomain() {
        return new LedgerSettings(ZoneId.of(zone), Currency.getInstance(currency), countryCode, decimals,
                RoundingMode.valueOf(rounding), threshold, taxRate, maxDuration, Optional.ofNullable(maxCharge));
    }
}
