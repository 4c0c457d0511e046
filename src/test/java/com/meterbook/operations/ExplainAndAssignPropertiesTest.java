package com.meterbook.operations;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.ledger.ExceptionItem;
import com.meterbook.ledger.UsageRow;
import com.meterbook.testing.SmallOperator;
import com.meterbook.testing.SmallOperator.Cdr;
import com.meterbook.testing.TempFolders;
import com.meterbook.testing.TestLedger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explanation is the engine's own account of rating, so for every stored record (generated
 * calls over the small operator's tiers, 30/6 rows and bands, imported in shuffled batches) its
 * final charge is the stored charge; and resolving unknown callers by assignment gives the charges
 * the ledger would have had if the number had been known from the start.
 */
@Tag("db")
class ExplainAndAssignPropertiesTest {

    @Provide
    Arbitrary<List<Cdr>> cdrs() {
        return SmallOperator.distinctCdrs(10, 40);
    }

    @Property(tries = 8, shrinking = ShrinkingMode.BOUNDED)
    void theExplainedChargeOfEveryRecordIsItsStoredCharge(@ForAll("cdrs") List<Cdr> cdrs, @ForAll @IntRange(min = 1, max = 4) int files,
                                                          @ForAll Random random) throws Exception {
        Path folder = TempFolders.create("meterbook-explain");
        try (TestLedger ledger = TestLedger.create(folder, SmallOperator.settings())) {
            SmallOperator.load(ledger);
            importShuffled(ledger, cdrs, files, random);
            UsageExplain explain = new UsageExplain(ledger.ledger());
            long rated = 0;
            for (Cdr cdr : cdrs) {
                UsageExplain.Explained e = explain.byRecordId(cdr.id()).orElseThrow();
                assertThat(e.matchesStored()).as(cdr.line() + "\n" + com.meterbook.rating.ExplanationText.text(e.explanation())).isTrue();
                if (e.row().status == UsageRow.Status.RATED) {
                    assertThat(e.explanation().charge()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo(e.row().charge));
                    assertThat(e.explanation().price().orElseThrow().billedQuantity()).isEqualByComparingTo(e.row().billedQuantity);
                    rated++;
                }
            }
            assertThat(rated).isPositive();
        } finally {
            TempFolders.delete(folder);
        }
    }

    @Property(tries = 6, shrinking = ShrinkingMode.BOUNDED)
    void assigningUnknownCallersGivesTheChargesOfAKnownNumber(@ForAll("cdrs") List<Cdr> generated, @ForAll Random random) throws Exception {
        // by caller only, so that the unknown ones are the calls of 03-9999 9999 (customer 4, here also those of A4)
        List<Cdr> cdrs = generated.stream().map(c -> new Cdr(c.id(), new SmallOperator.Call(c.call().customer() == 3 ? 4
                : c.call().customer(), c.call().style(), false,
                c.call().callee(), c.call().day(), c.call().hour(), c.call().minute(), c.call().second(), c.call().duration(),
                c.call().offset()))).toList();
        String known = withLedger(SmallOperator.CUSTOMERS.replace("03-1111 1111,,", "03-1111 1111;03-9999 9999,,"), ledger -> {
            importShuffled(ledger, cdrs, 1, random);
            return ledger.charges(null);
        });
        String assigned = withLedger(SmallOperator.CUSTOMERS, ledger -> {
            importShuffled(ledger, cdrs, 3, random);
            ExceptionQueue queue = new ExceptionQueue(ledger.ledger());
            List<Long> unknown = queue.open(ExceptionFilter.ALL).stream().filter(i -> "UNKNOWN_ACCOUNT".equals(i.reason()))
                    .map(ExceptionItem::id).toList();
            if (!unknown.isEmpty()) {
                new ExceptionActions(ledger.ledger(), TestLedger.CLOCK, "test").assign(unknown, "A1");
            }
            return ledger.charges(null);
        });
        assertThat(assigned).isEqualTo(known);
    }

    @FunctionalInterface
    interface LedgerWork {
        String apply(TestLedger ledger) throws Exception;
    }

    private static String withLedger(String customers, LedgerWork work) throws Exception {
        Path folder = TempFolders.create("meterbook-assign");
        try (TestLedger ledger = TestLedger.create(folder, SmallOperator.settings())) {
            ledger.customers(customers);
            ledger.bands(SmallOperator.BANDS);
            ledger.rates(SmallOperator.RATES);
            return work.apply(ledger);
        } finally {
            TempFolders.delete(folder);
        }
    }

    private static void importShuffled(TestLedger ledger, List<Cdr> cdrs, int files, Random random) throws Exception {
        List<Cdr> shuffled = new ArrayList<>(cdrs);
        Collections.shuffle(shuffled, random);
        int per = (shuffled.size() + files - 1) / files;
        for (int f = 0; f * per < shuffled.size(); f++) {
            List<Cdr> part = shuffled.subList(f * per, Math.min(shuffled.size(), (f + 1) * per));
            ledger.importFile(ledger.write("part-" + f + ".csv", SmallOperator.cdrFile(part)), UsageFormat.GENERIC, 1 + random.nextInt(5));
        }
    }
}
