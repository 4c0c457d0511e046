package com.meterbook.ui.rates;

import com.meterbook.billing.Balance;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.TestLedger;
import com.meterbook.ui.common.CurrentThreadTaskExecutor;
import com.meterbook.ui.common.EditRow;
import com.meterbook.ui.common.FakeDialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.UiFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The rate tables screen's view model on the small operator, with tasks run at once. */
@Tag("db")
class RatesViewModelTest {

    @TempDir
    Path folder;

    private TestLedger ledger;
    private LedgerService service;
    private final FakeDialogService dialogs = new FakeDialogService();
    private RatesViewModel model;
    private RateRowsModel rates;

    @BeforeEach
    void setUp() throws Exception {
        ledger = UiFixtures.smallOperator(folder);
        ledger.importFile(ledger.write("calls.csv", SmallOperator.file(UiFixtures.CALLS_WITH_BAD_LINES)), UsageFormat.GENERIC, 100);
        service = new LedgerService(ledger.ledger(), TestLedger.CLOCK, "test");
        model = new RatesViewModel(service, new CurrentThreadTaskExecutor(), dialogs);
        rates = model.rates();
        model.setActive(true);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    private EditRow row(String prefix, String band, String from, String tier) {
        return rates.rows().stream().filter(r -> r.get("prefix").equals(prefix) && r.get("band").equals(band)
                && r.get("effective_from").equals(from) && r.get("tier_from").equals(tier)).findFirst().orElseThrow();
    }

    private BigDecimal usageOf(String account) {
        return service.cycle(Optional.of(YearMonth.of(2026, 1))).balances().stream().filter(b -> b.account().equals(account))
                .map(Balance::usage).findFirst().orElseThrow();
    }

    @Test
    void showsThePlansAndEveryCustomersOverridesAsOwners() {
        assertThat(rates.owners()).extracting(Owner::label).containsExactly("Plan P", "Plan Q",
                "Overrides of A1 · Alpha Trading", "Overrides of A2 · Beta, \"Best\" Sdn Bhd", "Overrides of A3 · Gamma Kedai",
                "Overrides of A4 · Delta Enterprise (德尔塔)");
        assertThat(rates.ownerProperty().get().label()).isEqualTo("Plan P");
        assertThat(rates.rows()).hasSize(12);
        rates.ownerProperty().set(rates.owners().get(3));
        assertThat(rates.rows()).hasSize(2).allMatch(r -> r.get("account").equals("A2"));
        assertThat(rates.canSaveProperty().get()).isFalse();
    }

    @Test
    void aBadRowIsMarkedWithItsReasonAndSaveIsDisabledWhileAnyRowIsBad() {
        EditRow peak = row("6012", "PEAK", "2025-01-01", "0");
        peak.field("rate").set("abc");
        assertThat(peak.problem()).isEqualTo("rate: 'abc' is not a number");
        assertThat(rates.badRowsProperty().get()).isEqualTo(1);
        assertThat(rates.statusProperty().get()).contains("1 bad row").contains("rate: 'abc' is not a number");
        assertThat(rates.canSaveProperty().get()).isFalse();

        peak.field("rate").set("0.24");
        assertThat(peak.bad()).isFalse();
        assertThat(rates.canSaveProperty().get()).isTrue();

        row("6017", "*", "2025-01-01", "300").field("band").set("PEEK");
        assertThat(row("6017", "PEEK", "2025-01-01", "300").problem()).isEqualTo("band 'PEEK' is not in the band table (or *)");
        rates.revert();
        assertThat(rates.canSaveProperty().get()).isFalse();

        rates.deleteRows(List.of(row("6012", "PEAK", "2025-01-01", "0")));
        assertThat(row("6012", "PEAK", "2025-01-01", "600").problem())
                .isEqualTo("version of prefix '6012' effective 2025-01-01 has no row at slot 0 and tier 0 for band PEAK");
        assertThat(rates.badRowsProperty().get()).isEqualTo(2);
        assertThat(rates.canSaveProperty().get()).isFalse();

        rates.revert();
        rates.addRow();
        assertThat(rates.rows().getLast().problem()).isEqualTo("rate: is empty");
        rates.rows().getLast().field("rate").set("0.50");
        rates.rows().getLast().field("prefix").set("65");
        assertThat(rates.canSaveProperty().get()).isTrue();
    }

    @Test
    void aNewVersionCopiesTheRowsInForceAndKeepsTheOldRows() {
        rates.versionDateProperty().set(LocalDate.of(2026, 2, 15));

        rates.newVersion();

        // in force on 2026-02-15: 6012's version of 2026-01-31 (2 rows), 6017's (4) and 603's (1) of 2025-01-01
        assertThat(rates.rows()).hasSize(19);
        assertThat(rates.rows().stream().filter(r -> r.get("effective_from").equals("2026-02-15"))).hasSize(7);
        assertThat(row("6012", "*", "2026-02-15", "900").get("rate")).isEqualTo("0.05");
        assertThat(rates.statusProperty().get()).startsWith("New version from 2026-02-15: 7 rows copied");
        assertThat(rates.canSaveProperty().get()).isTrue();

        row("6012", "*", "2026-02-15", "0").field("rate").set("0.20");
        rates.save();

        assertThat(rates.statusProperty().get()).isEqualTo("Saved 19 rows of Plan P.");
        assertThat(ledger.query("select count(*) from rate_row where plan = 'P' and account = ''")).containsExactly(List.of(19L));
        assertThat(ledger.query("select rate from rate_row where plan = 'P' and account = '' and prefix = '6012' and band = '*' "
                + "and tier_from = 0 order by effective_from")).containsExactly(
                List.of(new BigDecimal("0.1000000000")), List.of(new BigDecimal("0.2000000000")));
        rates.versionDateProperty().set(LocalDate.of(2026, 2, 15));
        rates.newVersion();
        assertThat(rates.statusProperty().get()).contains("0 rows copied").contains("skipped 6012, 6017, 603");
        assertThat(rates.canSaveProperty().get()).isFalse();
    }

    @Test
    void savingOffersTheReRateWhichChangesTheBalance() {
        // A1: T1 300 s peak to 6012 at 0.12/60 = 0.60, T6 90 s to 6017 = 0.02 + 30 s and 60 s at 0.15/60 = 0.245, 0.25 rounded
        assertThat(usageOf("A1")).isEqualByComparingTo("0.85");
        row("6012", "PEAK", "2025-01-01", "0").field("rate").set("0.24");
        rates.save();
        assertThat(model.rerate().offeredProperty().get()).isTrue();
        assertThat(model.rerate().messageProperty().get()).contains("keep their charges until the open cycle is re-rated");
        assertThat(usageOf("A1")).isEqualByComparingTo("0.85");
        assertThat(ledger.query("select action, subject, detail from audit_entry where action = 'rates edit'"))
                .containsExactly(List.of("rates edit", "plan:P", "12 rows (were 12)"));

        model.rerate().rerate();

        // T1 now 300 s at 0.24/60 = 1.20
        assertThat(usageOf("A1")).isEqualByComparingTo("1.45");
        assertThat(model.rerate().offeredProperty().get()).isFalse();
        assertThat(model.rerate().messageProperty().get()).startsWith("Re-rated: rerated 3, changed 1");
    }

    @Test
    void exportsTheOwnersRowsInTheRatesFormat() throws Exception {
        Path out = folder.resolve("rates-P.csv");
        dialogs.willSaveTo(out);
        rates.exportCsv();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(13);
        assertThat(lines.getFirst()).isEqualTo("plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,"
                + "slot_from,tier_from,min_charge");
        assertThat(lines).contains("P,,6017,Mobile 017,*,2025-01-01,0.02,0.15,60,6,30,0,0.05");
    }

    @Test
    void bandsAndHolidaysAreCheckedAndSavedTogether() {
        CalendarModel calendar = model.calendar();
        assertThat(calendar.bands()).extracting(r -> String.join(",", r.values()))
                .containsExactly("PEAK,MON-FRI,08:00,18:00", "OFFPEAK,MON-FRI,18:00,08:00", "OFFPEAK,SAT;SUN,00:00,00:00");
        calendar.bands().get(0).field("days").set("MON-FRY");
        assertThat(calendar.bands().get(0).problem()).isEqualTo("days: not a day (MON..SUN): FRY");
        assertThat(calendar.canSaveProperty().get()).isFalse();
        calendar.bands().get(0).field("days").set("MON-FRI");

        calendar.addHoliday();
        EditRow holiday = calendar.holidays().getLast();
        holiday.field("date").set("2026-01-29");
        holiday.field("name").set("Test day");
        holiday.field("band").set("NIGHT");
        assertThat(holiday.problem()).isEqualTo("band 'NIGHT' is not in the band table");
        holiday.field("band").set("OFFPEAK");
        assertThat(calendar.canSaveProperty().get()).isTrue();

        calendar.save();
        model.rerate().rerate();

        // T1 on 2026-01-29 09:00 is now off-peak: 300 s at 0.08/60 = 0.40, plus T6's 0.25
        assertThat(usageOf("A1")).isEqualByComparingTo("0.65");
        assertThat(ledger.query("select band from holiday")).containsExactly(List.of("OFFPEAK"));
    }
}
