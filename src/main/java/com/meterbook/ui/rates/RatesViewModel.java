package com.meterbook.ui.rates;

import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;

/** The rate tables screen: the "Rates" tab, the "Bands & holidays" tab, and the re-rate offered after saving either. */
public final class RatesViewModel {

    private final RerateOffer rerate;
    private final RateRowsModel rates;
    private final CalendarModel calendar;
    private boolean loaded;

    public RatesViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs) {
        this.rerate = new RerateOffer(ledger, executor, dialogs);
        this.rates = new RateRowsModel(ledger, executor, dialogs, rerate);
        this.calendar = new CalendarModel(ledger, executor, dialogs, rerate);
    }

    /** Shown: reads the tables the first time, and again whenever nothing unsaved would be lost. */
    public void setActive(boolean active) {
        if (!active) {
            return;
        }
        if (!loaded || !rates.dirtyProperty().get()) {
            rates.reload();
        }
        if (!loaded || !calendar.dirtyProperty().get()) {
            calendar.reload();
        }
        loaded = true;
    }

    public RateRowsModel rates() {
        return rates;
    }

    public CalendarModel calendar() {
        return calendar;
    }

    public RerateOffer rerate() {
        return rerate;
    }
}
