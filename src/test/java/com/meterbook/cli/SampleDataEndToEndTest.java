package com.meterbook.cli;

import com.meterbook.testing.Cli;
import com.meterbook.testing.Csv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole sample operator through the command line, in this JVM: init, master data, both CDR
 * files, events and readings, closing January and February, and every export. The expected
 * balances, invoices and edge-case charges in src/test/resources/e2e were generated once from the
 * independent reference rater sample-data/check.py (see the README there), not from Meterbook.
 */
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataEndToEndTest {

    private static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();

    @TempDir
    static Path dir;

    private Path ledger;
    private final Map<String, String> importOutput = new LinkedHashMap<>();

    private String run(String... args) {
        return Cli.ok(ledger, args);
    }

    private Path export(String name, String... args) {
        Path out = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--out");
        all.add(out.toString());
        run(all.toArray(String[]::new));
        return out;
    }

    private static String sample(String file) {
        return SAMPLE.resolve(file).toString();
    }

    @BeforeAll
    void runTheSampleOperator() {
        ledger = dir.resolve("ledger");
        run("init", "--zone", "Asia/Kuala_Lumpur");
        importOutput.put("customers", run("customers", "import", sample("customers.csv")));
        importOutput.put("bands", run("bands", "import", sample("bands.csv")));
        importOutput.put("holidays", run("holidays", "import", sample("holidays.csv")));
        importOutput.put("rates", run("rates", "import", sample("rates.csv")));
        importOutput.put("recurring", run("recurring", "import", sample("recurring.csv")));
        importOutput.put("cdrs-2026-01", run("usage", "import", "--format", "generic", sample("cdrs-2026-01.csv")));
        importOutput.put("cdrs-2026-02", run("usage", "import", "--format", "generic", sample("cdrs-2026-02.csv")));
        importOutput.put("events", run("usage", "import", "--format", "events", sample("events-2026.csv")));
        importOutput.put("readings", run("usage", "import", "--format", "readings", sample("readings-2026.csv")));
        for (String period : List.of("2026-01", "2026-02")) {
            export("preview-" + period + ".csv", "balances", "export", "--period", period);
            importOutput.put("close " + period, run("cycle", "close", "--period", period));
            export("balances-" + period + ".csv", "balances", "export", "--period", period);
            export("invoices-" + period + ".csv", "invoices", "export", "--period", period);
            export("charges-" + period + ".csv", "charges", "export", "--period", period);
        }
        export("charges.csv", "charges", "export");
        export("exceptions.csv", "exceptions", "export");
    }

    private static List<String> expected(String resource) throws IOException {
        try (InputStream in = SampleDataEndToEndTest.class.getResourceAsStream("/e2e/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void importsPrintTheReferenceCounts() {
        assertThat(importOutput).containsEntry("customers", "imported 30 customers\n")
                .containsEntry("bands", "imported 4 band windows\n")
                .containsEntry("holidays", "imported 16 holidays\n")
                .containsEntry("rates", "imported 147 rate rows\n")
                .containsEntry("recurring", "imported 3 recurring charges\n")
                .containsEntry("cdrs-2026-01", "imported 24986, duplicates 1, exceptions 7\n")
                .containsEntry("cdrs-2026-02", "imported 24985, duplicates 1, exceptions 8\n")
                .containsEntry("events", "imported 419, duplicates 0, exceptions 0\n")
                .containsEntry("readings", "imported 119, duplicates 0, exceptions 1\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01", "2026-02"})
    void balancesEqualTheReferenceRowForRow(String period) throws IOException {
        List<String> expected = expected("expected-balances-" + period + ".csv");

        assertThat(Files.readAllLines(dir.resolve("balances-" + period + ".csv"))).containsExactlyElementsOf(expected);
        assertThat(Files.readAllLines(dir.resolve("preview-" + period + ".csv"))).as("the open cycle's preview")
                .containsExactlyElementsOf(expected);
    }

    @Test
    void invoicesMatchTheReferenceAndRunWithoutGapsPerEntity() throws IOException {
        List<Map<String, String>> invoices = new ArrayList<>();
        for (String period : List.of("2026-01", "2026-02")) {
            List<Map<String, String>> rows = Csv.rows(dir.resolve("invoices-" + period + ".csv"));
            assertThat(rows).allSatisfy(r -> assertThat(r.get("period")).isEqualTo(period));
            invoices.addAll(rows);
        }

        List<String> actual = invoices.stream()
                .map(r -> String.join(",", r.get("invoice_no"), r.get("account"), r.get("period"), r.get("total")))
                .sorted().toList();
        List<String> expected = expected("expected-invoices.csv");
        assertThat(actual).containsExactlyElementsOf(expected.subList(1, expected.size()).stream().sorted().toList());

        Map<String, List<Integer>> sequences = new TreeMap<>();
        for (Map<String, String> r : invoices) {
            String[] no = r.get("invoice_no").split("-");
            sequences.computeIfAbsent(no[0], e -> new ArrayList<>()).add(Integer.parseInt(no[1]));
        }
        assertThat(sequences).containsOnlyKeys("MAIN", "EAST");
        sequences.forEach((entity, seq) -> assertThat(seq.stream().sorted().toList()).as(entity)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, seq.size()).boxed().toList()));
    }

    @Test
    void exceptionsNameFileLineAndReasonOfEachDeliberateBadLine() {
        List<Map<String, String>> exported = Csv.rows(dir.resolve("exceptions.csv"));
        List<Map<String, String>> bad = Csv.rows(SAMPLE.resolve("expected-bad-lines.csv"));

        List<String> expectedKeys = new ArrayList<>();
        for (Map<String, String> b : bad) {
            String outcome = b.get("expected");
            String key = b.get("file") + ":" + b.get("line") + " " + b.get("record_id");
            if (outcome.startsWith("skipped")) {
                assertThat(exported).as("a plain duplicate is not queued: %s", key)
                        .noneMatch(e -> (e.get("source") + ":" + e.get("line")).equals(b.get("file") + ":" + b.get("line")));
                continue;
            }
            String reason = outcome.split("[ (]")[0];
            expectedKeys.add(key + " " + reason);
            Map<String, String> row = exported.stream()
                    .filter(e -> (e.get("source") + ":" + e.get("line") + " " + e.get("record_id")).equals(key))
                    .findFirst().orElseThrow(() -> new AssertionError("no exception for " + key + " in " + exported));
            assertThat(row.get("reason")).as(key).isEqualTo(reason);
            java.util.regex.Matcher field = java.util.regex.Pattern.compile("field (\\w+)").matcher(outcome);
            if (field.find()) {
                assertThat(row.get("detail")).as("detail of %s names the field", key).contains(field.group(1));
            }
            if (outcome.contains("wrong number of fields")) {
                assertThat(row.get("detail")).as("detail of %s", key).contains("fields");
            }
        }
        assertThat(exported).extracting(e -> e.get("source") + ":" + e.get("line") + " " + e.get("record_id") + " " + e.get("reason"))
                .containsExactlyInAnyOrderElementsOf(expectedKeys);
        assertThat(expectedKeys).hasSize(16);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01", "2026-02"})
    void chargesPerCustomerAddUpToTheBalancesUsage(String period) {
        Map<String, BigDecimal> charged = new TreeMap<>();
        List<Map<String, String>> charges = Csv.rows(dir.resolve("charges-" + period + ".csv"));
        for (Map<String, String> c : charges) {
            assertThat(c.get("period")).isEqualTo(period);
            charged.merge(c.get("account"), new BigDecimal(c.get("charge")), BigDecimal::add);
        }
        Map<String, String> usage = Csv.rows(dir.resolve("balances-" + period + ".csv")).stream()
                .collect(Collectors.toMap(b -> b.get("account"), b -> b.get("usage"), (a, b) -> a, TreeMap::new));

        assertThat(charged.keySet()).isEqualTo(usage.keySet());
        charged.forEach((account, sum) -> assertThat(sum.toPlainString()).as(account).isEqualTo(usage.get(account)));
        long inAllPeriods = Csv.rows(dir.resolve("charges.csv")).stream().filter(c -> c.get("period").equals(period)).count();
        assertThat(charges).hasSize((int) inAllPeriods);
    }

    @Test
    void edgeCasesAreRatedAsTheReferenceRates() throws IOException {
        Map<String, Map<String, String>> charges = Csv.rows(dir.resolve("charges.csv")).stream()
                .collect(Collectors.toMap(c -> c.get("record_id"), c -> c));
        List<Map<String, String>> expected = Csv.rows(String.join("\n", expected("expected-edge-cases.csv")) + "\n");

        assertThat(expected).hasSize(41);
        for (Map<String, String> e : expected) {
            Map<String, String> c = charges.get(e.get("record_id"));
            assertThat(c).as(e.get("record_id")).isNotNull();
            assertThat(List.of(c.get("account"), c.get("band"), c.get("billed_quantity"), c.get("charge"))).as(e.get("record_id"))
                    .containsExactly(e.get("account"), e.get("band"), e.get("billed_quantity"), e.get("charge"));
        }
    }

    @Test
    void closingPrintsTheInvoicesAndCarries() {
        assertThat(importOutput).containsEntry("close 2026-01", "closed 2026-01: 28 invoices, 2 carried forward\n")
                .containsEntry("close 2026-02", "closed 2026-02: 29 invoices, 1 carried forward\n");
    }
}
