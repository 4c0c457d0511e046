package com.meterbook.operations;

import com.meterbook.domain.LedgerSettings;
import com.meterbook.ingest.UsageFormat;
import com.meterbook.testing.Csv;
import com.meterbook.testing.TempFolders;
import com.meterbook.testing.TestLedger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RATING.md, usage records, {@code readings}: quantities are differences with the previous accepted
 * reading of the meter in (timestamp, id) order, whatever order the readings arrive in; a lower
 * reading is INVALID_RECORD (field reading) and the next one is compared with the last accepted.
 * Both meters belong to one customer, whose kWh blocks (tiers at 200 and 600) they fill together.
 */
@Tag("db")
class MeterReadingsTest {

    static final String CUSTOMERS = """
            account,name,plan,numbers,threshold,entity
            M1,Pangsapuri Mawar MC,U,MTR-0001;MTR-0002,,
            """;
    static final String RATES = """
            plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge
            U,,KWH,Energy,*,2025-01-01,0,0.218,1,1,0,0,0
            U,,KWH,Energy,*,2025-01-01,0,0.334,1,1,0,200,0
            U,,KWH,Energy,*,2025-01-01,0,0.516,1,1,0,600,0
            """;
    static final String HEADER = "reading_id,meter,service,reading,timestamp\n";

    /** One register: id, meter, value and the day it was read (at 23:00 local). */
    record Reading(String id, String meter, BigDecimal value, LocalDate day) {
        String line() {
            return String.join(",", id, meter, "KWH", value.toPlainString(), day + "T23:00:00");
        }
    }

    interface Work<T> {
        T apply(TestLedger ledger) throws Exception;
    }

    static <T> T withLedger(Work<T> work) throws Exception {
        Path folder = TempFolders.create("meterbook-readings");
        try (TestLedger ledger = TestLedger.create(folder, LedgerSettings.defaults(TestLedger.KL))) {
            ledger.customers(CUSTOMERS);
            ledger.rates(RATES);
            return work.apply(ledger);
        } finally {
            TempFolders.delete(folder);
        }
    }

    private static String file(List<Reading> readings) {
        StringBuilder s = new StringBuilder(HEADER);
        readings.forEach(r -> s.append(r.line()).append('\n'));
        return s.toString();
    }

    /** Imports each list as its own file, in the order given, and returns the charges export. */
    private static String importInTurn(TestLedger ledger, int chunk, List<List<Reading>> files) throws Exception {
        int n = 0;
        for (List<Reading> f : files) {
            ledger.importFile(ledger.write("readings-" + n++ + ".csv", file(f)), UsageFormat.READINGS, chunk);
        }
        return ledger.charges(null);
    }

    /**
     * Registers of both meters on distinct days from 2026-01-25 to 2026-02-05, so over two cycles:
     * mostly rising by 0 to 180 kWh with one decimal, now and then a glitch read lower than the last.
     */
    @Provide
    Arbitrary<List<Reading>> registers() {
        Arbitrary<List<Reading>> meter1 = meter("MTR-0001", "A");
        Arbitrary<List<Reading>> meter2 = meter("MTR-0002", "B");
        return Combinators.combine(meter1, meter2).as((a, b) -> {
            List<Reading> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        });
    }

    private static Arbitrary<List<Reading>> meter(String meter, String idPrefix) {
        Arbitrary<List<Integer>> days = Arbitraries.integers().between(0, 11).set().ofMinSize(2).ofMaxSize(10)
                .map(s -> s.stream().sorted().toList());
        Arbitrary<BigDecimal> rise = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
                Tuple.of(8, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("180")).ofScale(1)),
                Tuple.of(2, Arbitraries.bigDecimals().between(new BigDecimal("-40"), new BigDecimal("-0.1")).ofScale(1)));
        return Combinators.combine(days, rise.list().ofSize(12), Arbitraries.integers().between(1000, 90_000)).as((ds, st, base) -> {
            List<Reading> readings = new ArrayList<>();
            BigDecimal value = BigDecimal.valueOf(base);
            for (int i = 0; i < ds.size(); i++) {
                // a glitch is a one-off low read: the register itself goes on from where it was
                BigDecimal read = i > 0 && st.get(i).signum() < 0 ? value.add(st.get(i)) : (value = i > 0 ? value.add(st.get(i)) : value);
                readings.add(new Reading(idPrefix + (100 - i), meter, read, LocalDate.of(2026, 1, 25).plusDays(ds.get(i))));
            }
            return readings;
        });
    }

    @Property(tries = 8, shrinking = ShrinkingMode.BOUNDED)
    void arrivalOrderDoesNotChangeQuantitiesOrCharges(@ForAll("registers") List<Reading> readings,
                                                      @ForAll @IntRange(min = 1, max = 3) int files,
                                                      @ForAll @IntRange(min = 1, max = 4) int chunk,
                                                      @ForAll Random random) throws Exception {
        List<Reading> inOrder = new ArrayList<>(readings);
        inOrder.sort((a, b) -> a.day().equals(b.day()) ? a.id().compareTo(b.id()) : a.day().compareTo(b.day()));
        String expected = withLedger(ledger -> importInTurn(ledger, 1000, List.of(inOrder)) + refused(ledger));

        List<Reading> shuffled = new ArrayList<>(readings);
        Collections.shuffle(shuffled, random);
        List<List<Reading>> parts = new ArrayList<>();
        int from = 0;
        for (int f = 0; f < files; f++) {
            int to = f == files - 1 ? shuffled.size() : from + random.nextInt(shuffled.size() - from + 1);
            parts.add(shuffled.subList(from, to));
            from = to;
        }
        String actual = withLedger(ledger -> importInTurn(ledger, chunk, parts) + refused(ledger));

        assertThat(actual).isEqualTo(expected);
    }

    /** The readings queued as INVALID_RECORD (field reading), in id order. */
    private static String refused(TestLedger ledger) {
        return "--- refused\n" + Csv.rows(ledger.exceptions()).stream()
                .map(e -> e.get("record_id") + " " + e.get("reason")).sorted().collect(java.util.stream.Collectors.joining("\n"));
    }

    private static Reading r(String id, String meter, String value, int day) {
        return new Reading(id, meter, new BigDecimal(value), LocalDate.of(2026, 1, day));
    }

    @Example
    void aReadingArrivingBeforeStoredOnesGivesTheInOrderQuantities() throws Exception {
        List<Reading> all = List.of(r("R1", "MTR-0001", "1000", 1), r("R2", "MTR-0001", "1150", 2), r("R3", "MTR-0001", "1420", 3),
                r("R4", "MTR-0001", "1500", 4), r("R5", "MTR-0001", "1800", 5));
        String expected = withLedger(ledger -> importInTurn(ledger, 1000, List.of(all)));
        // R3 (in the middle) and R1 (the baseline) arrive after the others
        String late = withLedger(ledger -> importInTurn(ledger, 1000,
                List.of(List.of(all.get(1), all.get(3), all.get(4)), List.of(all.get(2)), List.of(all.get(0)))));

        assertThat(late).isEqualTo(expected);
        assertThat(Csv.rows(expected)).extracting(row -> row.get("record_id") + " " + row.get("quantity") + " " + row.get("charge"))
                // tiers at 200 and 600 kWh: 150 x 0.218; 50 x 0.218 + 220 x 0.334; 80 x 0.334; 100 x 0.334 + 200 x 0.516
                .containsExactly("R2 150 32.70", "R3 270 84.38", "R4 80 26.72", "R5 300 136.60");
    }

    @Example
    void aLowerReadingIsAnInvalidRecordAndTheNextIsComparedWithTheLastAccepted() throws Exception {
        withLedger(ledger -> {
            ledger.importFile(ledger.write("readings.csv", file(List.of(r("R1", "MTR-0002", "130900", 19), r("R2", "MTR-0002", "130918", 20),
                    r("R3", "MTR-0002", "103935", 21), r("R4", "MTR-0002", "130954", 22)))), UsageFormat.READINGS, 1000);

            assertThat(Csv.rows(ledger.charges(null))).extracting(row -> row.get("record_id") + " " + row.get("quantity"))
                    .containsExactly("R2 18", "R4 36");
            List<Map<String, String>> exceptions = Csv.rows(ledger.exceptions());
            assertThat(exceptions).hasSize(1);
            assertThat(exceptions.getFirst()).containsEntry("record_id", "R3").containsEntry("source", "readings.csv")
                    .containsEntry("line", "4").containsEntry("reason", "INVALID_RECORD");
            assertThat(exceptions.getFirst().get("detail")).contains("103935").contains("130918");
            assertThat(ledger.query("select field from exception_item where record_id = 'R3'")).containsExactly(List.of("reading"));
            return null;
        });
    }

    @Example
    void aLateLowerReadingIsRefusedAndLeavesItsFollowerAlone() throws Exception {
        List<Reading> all = List.of(r("R1", "MTR-0001", "100", 1), r("R2", "MTR-0001", "150", 2), r("R3", "MTR-0001", "140", 3),
                r("R4", "MTR-0001", "160", 4));
        String inOrder = withLedger(ledger -> importInTurn(ledger, 1000, List.of(all)) + ledger.exceptions().lines().count());
        String late = withLedger(ledger -> importInTurn(ledger, 1000, List.of(List.of(all.get(0), all.get(1), all.get(3)),
                List.of(all.get(2)))) + ledger.exceptions().lines().count());

        assertThat(late).isEqualTo(inOrder);
        assertThat(Csv.rows(inOrder.substring(0, inOrder.lastIndexOf('\n') + 1)))
                .extracting(row -> row.get("record_id") + " " + row.get("quantity")).containsExactly("R2 50", "R4 10");
    }
}
