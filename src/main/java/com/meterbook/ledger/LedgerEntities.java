package com.meterbook.ledger;

import java.util.List;

/** The annotated classes Hibernate maps. */
final class LedgerEntities {
    static final List<Class<?>> ALL = List.of(
            SettingsEntity.class, CustomerEntity.class, RateRowEntity.class, BandWindowEntity.class,
            HolidayEntity.class, RecurringChargeEntity.class, SourceFileEntity.class, ImportRunEntity.class,
            ExceptionItemEntity.class, AuditEntryEntity.class, CycleEntity.class, BalanceEntity.class,
            InvoiceEntity.class);

    private LedgerEntities() {
    }
}
