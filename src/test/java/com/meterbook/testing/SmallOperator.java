package com.meterbook.testing;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.domain.Money;
import com.meterbook.ingest.FileRejectedException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A small operator for ledger-level tests: four customers on two plans and two entities, graduated tiers on 6012
 * (per band, with a newer version from 2026-01-31 and a per-customer override), 30/6 billing with
 * tiers on 6017, 60/60 with connect fee and minimum on 603, and bands whose edges the generated
 * calls hit. Calls fall on 2026-01-29 (Thu) to 2026-02-03 (Tue), so two cycles; Monday 2026-02-02
 * before 08:00 has no band, so only {@code *} rows apply there.
 */
public final class SmallOperator {

    public static final String CUSTOMERS = """
            account,name,plan,numbers,threshold,entity
            A1,Alpha Trading,P,03-1111 1111,,
            A2,"Beta, ""Best"" Sdn Bhd",P,+60 3-2222 2222;012-222 2222,0.50,
            A3,Gamma Kedai,Q,03 3333 3333,5.00,EAST
            A4,Delta Enterprise (德尔塔),Q,04-444 4444,,EAST
            """;

    public static final String BANDS = """
            band,days,start,end
            PEAK,MON-FRI,08:00,18:00
            OFFPEAK,MON-FRI,18:00,08:00
            OFFPEAK,SAT;SUN,00:00,00:00
            """;

    public static final String RATES = """
            plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge
            P,,6012,Mobile 012,PEAK,2025-01-01,0,0.12,60,1,0,0,0
            P,,6012,Mobile 012,PEAK,2025-01-01,0,0.06,60,1,0,600,0
            P,,6012,Mobile 012,PEAK,2025-01-01,0,0.03,60,1,0,1500,0
            P,,6012,Mobile 012,OFFPEAK,2025-01-01,0,0.08,60,1,0,0,0
            P,,6012,Mobile 012,OFFPEAK,2025-01-01,0,0.04,60,1,0,600,0
            P,,6012,Mobile 012,*,2026-01-31,0,0.10,60,6,0,0,0
            P,,6012,Mobile 012,*,2026-01-31,0,0.05,60,6,0,900,0
            P,,6017,Mobile 017,*,2025-01-01,0.02,0.15,60,30,0,0,0.05
            P,,6017,Mobile 017,*,2025-01-01,0.02,0.15,60,6,30,0,0.05
            P,,6017,Mobile 017,*,2025-01-01,0,0.09,60,30,0,300,0
            P,,6017,Mobile 017,*,2025-01-01,0,0.09,60,6,30,300,0
            P,,603,Fixed 03,*,2025-01-01,0.01,0.05,60,60,0,0,0.10
            P,A2,6012,Override 012,*,2025-01-01,0,0.10,60,6,0,0,0
            P,A2,6012,Override 012,*,2025-01-01,0,0.05,60,6,0,120,0
            Q,,60,Malaysia,*,2025-01-01,0,0.07,60,1,0,0,0
            Q,,6012,Mobile 012,*,2025-01-01,0,0.11,60,1,0,0,0
            Q,,6012,Mobile 012,*,2025-01-01,0,0.055,60,1,0,250,0
            """;

    /** Caller numbers in several styles; the last belongs to no customer. */
    private static final List<List<String>> CALLERS = List.of(
            List.of("03-1111 1111", "+60311111111", "0060 3 1111 1111"),
            List.of("(03) 2222 2222", "012-222 2222"),
            List.of("03-3333 3333", "60333333333"),
            List.of("(04) 444 4444", "+6044444444"),
            List.of("03-9999 9999"));
    private static final List<String> ACCOUNTS = List.of("A1", "A2", "A3", "A4", "Z9");
    /** 6012 (tiers), 6017 (30/6 and tiers), 603 (60/60), 6019 (plan Q only) and 44 (no rate anywhere). */
    private static final List<String> CALLEES = List.of("012-345 6789", "+60 17-765 4321", "03-2141 5000", "019-888 7777",
            "0044 20 7946 0123");
    private static final List<LocalDateTime> DAYS = List.of(LocalDateTime.of(2026, 1, 29, 0, 0), LocalDateTime.of(2026, 1, 30, 0, 0),
            LocalDateTime.of(2026, 1, 31, 0, 0), LocalDateTime.of(2026, 2, 2, 0, 0), LocalDateTime.of(2026, 2, 3, 0, 0));
    private static final int[] HOURS = {0, 7, 8, 12, 17, 18, 23};
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SmallOperator() {
    }

    public static LedgerSettings settings() {
        return new LedgerSettings(TestLedger.KL, Money.MYR, "60", 2, RoundingMode.HALF_UP, new BigDecimal("1.00"),
                BigDecimal.ZERO, 14_400, Optional.empty());
    }

    public static void load(TestLedger ledger) throws FileRejectedException {
        ledger.customers(CUSTOMERS);
        ledger.bands(BANDS);
        ledger.rates(RATES);
    }

    /**
     * One generated call. {@code customer} 4 is nobody; with {@code byAccount} the account column is
     * filled instead of the caller. Starts repeat often, so that ties are broken by record id.
     */
    public record Call(int customer, int style, boolean byAccount, int callee, int day, int hour, int minute,
                       int second, int duration, boolean offset) {

        public LocalDateTime localStart() {
            return DAYS.get(day).withHour(HOURS[hour]).withMinute(minute).withSecond(second);
        }

        /** The generic line of this call under an id; with {@code offset} the start is written in UTC with a Z. */
        public String line(String id) {
            List<String> styles = CALLERS.get(customer);
            String caller = byAccount ? "" : styles.get(style % styles.size());
            String account = byAccount ? ACCOUNTS.get(customer) : "";
            LocalDateTime local = localStart();
            String start = offset ? local.atZone(TestLedger.KL).toInstant().toString() : LOCAL.format(local);
            return String.join(",", Csv.field(id), account, Csv.field(caller), Csv.field(CALLEES.get(callee)), start,
                    Integer.toString(duration));
        }

        public Call withDuration(int newDuration) {
            return new Call(customer, style, byAccount, callee, day, hour, minute, second, newDuration, offset);
        }
    }

    public static Arbitrary<Call> calls() {
        Arbitrary<Integer> customer = Arbitraries.frequency(
                Tuple.of(10, 0), Tuple.of(10, 1), Tuple.of(5, 2), Tuple.of(4, 3), Tuple.of(1, 4));
        Arbitrary<Integer> duration = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(12, Arbitraries.integers().between(1, 400)),
                Tuple.of(5, Arbitraries.integers().between(400, 1600)),
                Tuple.of(1, Arbitraries.integers().between(14_399, 14_402)));
        Arbitrary<Integer> callee = Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(6, 1),
                Tuple.of(3, 2), Tuple.of(2, 3), Tuple.of(1, 4));
        Arbitrary<int[]> when = Combinators.combine(Arbitraries.integers().between(0, DAYS.size() - 1),
                Arbitraries.integers().between(0, HOURS.length - 1), Arbitraries.of(0, 30), Arbitraries.of(0, 59))
                .as((d, h, m, s) -> new int[]{d, h, m, s});
        return Combinators.combine(customer, Arbitraries.integers().between(0, 2), Arbitraries.of(false, false, false, true),
                        callee, when, duration, Arbitraries.of(false, false, false, true))
                .as((c, style, byAccount, to, w, d, offset) -> new Call(c, style, byAccount, to, w[0], w[1], w[2], w[3], d, offset));
    }

    /** A call under its record id. */
    public record Cdr(String id, Call call) {

        public String line() {
            return call.line(id);
        }

        public Instant start() {
            return call.localStart().atZone(TestLedger.KL).toInstant();
        }

        /** Cycle order: start instant, then record id (ASCII here, so code-point order is String order). */
        public static final Comparator<Cdr> CYCLE_ORDER = Comparator.comparing(Cdr::start).thenComparing(Cdr::id);
    }

    /** Distinct calls with ids {@code CDR-<n>}, where n is drawn independently of the start, so ids and starts are not in step. */
    public static Arbitrary<List<Cdr>> distinctCdrs(int min, int max) {
        return calls().list().ofMinSize(min).ofMaxSize(max).flatMap(calls ->
                Arbitraries.shuffle(range(calls.size())).map(ids -> {
                    List<Cdr> cdrs = new ArrayList<>();
                    for (int i = 0; i < calls.size(); i++) {
                        cdrs.add(new Cdr("CDR-" + ids.get(i), calls.get(i)));
                    }
                    return cdrs;
                }));
    }

    private static List<Integer> range(int n) {
        List<Integer> r = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            r.add(1000 + i);
        }
        return r;
    }

    public static final String GENERIC_HEADER = "call_id,account,caller,callee,start,duration";

    public static String file(List<String> lines) {
        return fileOf(lines);
    }

    public static String cdrFile(List<Cdr> cdrs) {
        return fileOf(cdrs.stream().map(Cdr::line).toList());
    }

    private static String fileOf(List<String> lines) {
        StringBuilder s = new StringBuilder(GENERIC_HEADER).append('\n');
        lines.forEach(l -> s.append(l).append('\n'));
        return s.toString();
    }
}
