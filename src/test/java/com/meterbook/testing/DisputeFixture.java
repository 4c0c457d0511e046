package com.meterbook.testing;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.Money;
import com.meterbook.ingest.UsageFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A ledger for disputes: A1 (entity MAIN) and B1 (entity EAST) on one plan at 0.01 a second, tax 6 %,
 * threshold 1.00, two decimals. January: c1 A1 1234 s = 12.34, c2 A1 500 s = 5.00, c3 B1 300 s = 3.00.
 * February: c4 A1 2000 s = 20.00, c5 B1 150 s = 1.50.
 */
public final class DisputeFixture {

    public static final LedgerSettings SETTINGS = new LedgerSettings(TestLedger.KL, Money.MYR, "60", 2, RoundingMode.HALF_UP,
            new BigDecimal("1.00"), new BigDecimal("0.06"), 14_400, Optional.empty());
    public static final String CUSTOMERS = """
            account,name,plan,numbers,threshold,entity
            A1,Alpha Trading,P,03-1111 1111,,
            B1,Beta Kedai (贝塔),P,03-2222 2222,,EAST
            """;
    public static final String RATES = """
            plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge
            P,,60,Malaysia,*,2025-01-01,0,0.60,60,1,0,0,0
            """;
    public static final String JANUARY = """
            call_id,account,caller,callee,start,duration
            c1,A1,,0312345678,2026-01-10T10:00:00,1234
            c2,A1,,0312345678,2026-01-11T10:00:00,500
            c3,B1,,0312345678,2026-01-12T10:00:00,300
            """;
    public static final String FEBRUARY = """
            call_id,account,caller,callee,start,duration
            c4,A1,,0312345678,2026-02-10T10:00:00,2000
            c5,B1,,0312345678,2026-02-11T10:00:00,150
            """;

    private DisputeFixture() {
    }

    /** A ledger with the customers, rates and January's calls (January still open). */
    public static TestLedger january(java.nio.file.Path folder) throws Exception {
        TestLedger ledger = TestLedger.create(folder, SETTINGS);
        ledger.customers(CUSTOMERS);
        ledger.rates(RATES);
        ledger.importFile(ledger.write("jan.csv", JANUARY), UsageFormat.GENERIC, 100);
        return ledger;
    }

    public static void february(TestLedger ledger) throws Exception {
        ledger.importFile(ledger.write("feb.csv", FEBRUARY), UsageFormat.GENERIC, 100);
    }
}
