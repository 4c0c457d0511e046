package com.meterbook.cli;

import com.meterbook.ledger.Ledger;
import com.meterbook.operations.UsageBrowser;
import com.meterbook.testing.Cli;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** reports regulatory (CSV and PDF) and usage export on a small ledger whose figures are worked out by hand. */
@Tag("db")
class ReportAndUsageExportCommandsTest {

    static final String CUSTOMERS = """
            account,name,plan,numbers,threshold,entity
            A1,Alpha,P,03-1111 1111,,
            B1,Beta,P,03-2222 2222,,EAST
            """;
    static final String RATES = """
            plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge
            P,,6012,Mobile 012,*,2025-01-01,0,0.60,60,60,0,0,0
            P,,603,Fixed 03,*,2025-01-01,0,0.06,60,60,0,0,0
            P,,601800,Toll-free,*,2025-01-01,0,0,60,60,0,0,0
            P,,65,Singapore,*,2025-01-01,0,1.20,60,6,0,0,0
            P,,44,United Kingdom,*,2025-01-01,0,2.00,60,60,0,0,0
            P,,SMS,SMS,*,2025-01-01,0,0.05,1,1,0,0,0
            """;
    static final String CALLS = """
            call_id,account,caller,callee,start,duration
            c1,,03-1111 1111,012-345 6789,2026-01-05 10:00:00,90
            c2,,03-1111 1111,03-2123 4567,2026-01-05 11:00:00,30
            c3,,03-1111 1111,01800 88 1234,2026-01-06 09:00:00,45
            c4,,03-1111 1111,0065 9123 4567,2026-01-07 09:00:00,10
            =HYPERLINK(1),,03-1111 1111,0044 1234 567890,2026-01-08 09:00:00,61
            c6,,03-1111 1111,012-345 6789,2026-01-09 09:00:00,0
            b1,,03-2222 2222,012-999 9999,2026-01-05 10:00:00,60
            c7,,03-1111 1111,012-345 6789,2026-02-01 10:00:00,60
            """;
    static final String EVENTS = """
            event_id,account,service,quantity,timestamp
            e1,A1,SMS,10,2026-01-10T12:00:00
            """;

    @TempDir
    Path dir;
    private Path ledger;

    @BeforeEach
    void setUp() throws Exception {
        ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Cli.ok(ledger, "customers", "import", Files.writeString(dir.resolve("customers.csv"), CUSTOMERS).toString());
        Cli.ok(ledger, "rates", "import", Files.writeString(dir.resolve("rates.csv"), RATES).toString());
        Cli.ok(ledger, "usage", "import", "--format", "generic", Files.writeString(dir.resolve("calls.csv"), CALLS).toString());
        Cli.ok(ledger, "usage", "import", "--format", "events", Files.writeString(dir.resolve("events.csv"), EVENTS).toString());
    }

    @Test
    void regulatoryCsvAddsUpCallsMinutesAndRevenuePerClassCountryAndService() throws Exception {
        Path out = dir.resolve("reg.csv");
        String said = Cli.ok(ledger, "reports", "regulatory", "--period", "2026-01", "--entity", "MAIN", "--out", out.toString());

        assertThat(said).isEqualTo("wrote 6 rows, 6 records, revenue 6.00 to " + out + "\n");
        assertThat(Files.readAllLines(out)).containsExactly(
                "period,entity,class,destination,records,minutes,billed_minutes,units,revenue",
                "2026-01,MAIN,MOBILE,Mobile,1,1.50,2.00,,1.20",
                "2026-01,MAIN,FIXED,Fixed,1,0.50,1.00,,0.06",
                "2026-01,MAIN,TOLL_FREE,Toll-free,1,0.75,1.00,,0.00",
                "2026-01,MAIN,INTERNATIONAL,Singapore,1,0.17,0.20,,0.24",
                "2026-01,MAIN,INTERNATIONAL,United Kingdom,1,1.02,2.00,,4.00",
                "2026-01,MAIN,SERVICES,SMS,1,,,10,0.50",
                "2026-01,MAIN,TOTAL,Total,6,3.93,6.20,,6.00");
    }

    @Test
    void withoutAnEntityEveryEntityCountsAndTheBomIsOffered() throws Exception {
        Path out = dir.resolve("all.csv");
        Cli.ok(ledger, "reports", "regulatory", "--period", "2026-01", "--out", out.toString(), "--bom");

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("\uFEFFperiod,");
        assertThat(lines).contains("2026-01,All entities,MOBILE,Mobile,2,2.50,3.00,,1.80",
                "2026-01,All entities,TOTAL,Total,7,4.93,7.20,,6.60");
    }

    @Test
    void regulatoryPdfShowsTheSameFiguresWithTitleAndPageNumbers() throws Exception {
        Path out = dir.resolve("reg.pdf");
        Cli.ok(ledger, "reports", "regulatory", "--period", "2026-01", "--entity", "MAIN", "--out", out.toString());

        try (var pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isOne();
            assertThat(text).contains("Usage by destination class", "Entity: MAIN", "Period: 2026-01 (January 2026)",
                    "Singapore 1 0.17 0.20 0.24", "United Kingdom 1 1.02 2.00 4.00", "SMS 1 10 0.50",
                    "Total 6 3.93 6.20 6.00", "Page 1 of 1", "Generated ");
        }
    }

    @Test
    void regulatoryRefusesAnUnknownEntityAndAnUnknownFormat() {
        Cli.Result noEntity = Cli.run(ledger, "reports", "regulatory", "--period", "2026-01", "--entity", "WEST", "--out",
                dir.resolve("x.csv").toString());
        assertThat(noEntity.exit()).isOne();
        assertThat(noEntity.err()).isEqualTo("meterbook: no customer belongs to entity WEST\n");
        Cli.Result noFormat = Cli.run(ledger, "reports", "regulatory", "--period", "2026-01", "--out", dir.resolve("x.txt").toString());
        assertThat(noFormat.exit()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
        assertThat(Cli.run(ledger, "reports", "regulatory", "--period", "2026-01", "--format", "pdf", "--out",
                dir.resolve("x.txt").toString()).exit()).isZero();
    }

    @Test
    void usageExportWritesOneSafeRowPerRatedRecordInCycleOrder() throws Exception {
        Path out = dir.resolve("usage.csv");
        String said = Cli.ok(ledger, "usage", "export", "--account", "A1", "--period", "2026-01", "--out", out.toString());

        assertThat(said).isEqualTo("exported 6 records, charges 6.00, to " + out + "\n");
        assertThat(Files.readAllLines(out)).containsExactly(
                "record_id,start,caller,callee,destination,band,quantity,billed_quantity,rate,charge",
                "c1,2026-01-05 10:00:00,60311111111,60123456789,Mobile 012,,90,120,0.6/60,1.20",
                "c2,2026-01-05 11:00:00,60311111111,60321234567,Fixed 03,,30,60,0.06/60,0.06",
                "c3,2026-01-06 09:00:00,60311111111,601800881234,Toll-free,,45,60,0/60,0.00",
                "c4,2026-01-07 09:00:00,60311111111,6591234567,Singapore,,10,12,1.2/60,0.24",
                "'=HYPERLINK(1),2026-01-08 09:00:00,60311111111,441234567890,United Kingdom,,61,120,2/60,4.00",
                "e1,2026-01-10 12:00:00,,SMS,SMS,,10,10,0.05/1,0.50");
    }

    @Test
    void usageExportOfAnUnknownCustomerFails() {
        Cli.Result r = Cli.run(ledger, "usage", "export", "--account", "NOPE", "--period", "2026-01", "--out", dir.resolve("u.csv").toString());
        assertThat(r.exit()).isOne();
        assertThat(r.err()).isEqualTo("meterbook: no customer NOPE\n");
    }

    @Test
    void streamingPageByPageGivesTheSameRecordsAsOneBigPage() {
        try (Ledger l = Ledger.open(ledger)) {
            UsageBrowser browser = new UsageBrowser(l);
            List<String> paged = new ArrayList<>();
            long n = browser.each("A1", YearMonth.of(2026, 1), 2, line -> paged.add(line.recordId()));
            List<String> whole = browser.page("A1", YearMonth.of(2026, 1), Optional.empty(), 1000).lines().stream()
                    .map(UsageBrowser.Line::recordId).toList();
            assertThat(n).isEqualTo(6);
            assertThat(paged).isEqualTo(whole).hasSize(6);
        }
    }
}
