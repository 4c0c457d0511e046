package com.meterbook.ingest;

import com.meterbook.domain.NumberNormaliser;
import com.meterbook.domain.UsageKind;
import com.meterbook.domain.UsageRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files read through a profile by the usage reader: columns, dialects, units, patterns, zones and ids. */
class ProfileMapperTest {

    private static final ZoneId LEDGER = ZoneId.of("Asia/Kuala_Lumpur");

    @TempDir
    Path dir;

    private List<ParsedLine> read(String profileText, String content) throws Exception {
        return read(MappingProfile.parse("p", profileText), content);
    }

    private List<ParsedLine> read(MappingProfile profile, String content) throws IOException, FileRejectedException {
        Path file = Files.writeString(dir.resolve("f" + System.nanoTime() + ".csv"), content, StandardCharsets.UTF_8);
        List<ParsedLine> lines = new ArrayList<>();
        try (UsageCsvReader r = UsageCsvReader.open(SourceFingerprint.of(file), profile, new NumberNormaliser("60"), LEDGER)) {
            r.forEachRemaining(lines::add);
        }
        return lines;
    }

    private static UsageRecord record(ParsedLine line) {
        assertThat(line).as(line.toString()).isInstanceOf(ParsedLine.Parsed.class);
        return ((ParsedLine.Parsed) line).record();
    }

    @Test
    void aSemicolonFileWithItsOwnHeaderNamesAndADayFirstPatternInBerlin() throws Exception {
        List<ParsedLine> lines = read(MappingProfileTest.SEMICOLON, """
                \uFEFFDauer;Ref;Konto;Von;Nach;Beginn\r
                65;r1;ACME;0321;+49 30 1234;28/02/2026 23:30\r
                abc;r2;ACME;0321;0327;01/03/2026 10:00\r
                7;r3;ACME;0321;0327;31/02/2026 10:00\r
                """);

        assertThat(lines).hasSize(3);
        UsageRecord first = record(lines.get(0));
        assertThat(first).isEqualTo(new UsageRecord("r1", UsageKind.CALL, "ACME", "60321", "49301234",
                Instant.parse("2026-02-28T22:30:00Z"), new BigDecimal("65")));
        assertThat(lines.get(0).line()).isEqualTo(2);
        ParsedLine.Invalid bad = (ParsedLine.Invalid) lines.get(1);
        assertThat(bad.line()).isEqualTo(3);
        assertThat(bad.recordId()).isEqualTo("r2");
        assertThat(bad.detail()).isEqualTo("duration 'abc' is not a number");
        assertThat(((ParsedLine.Invalid) lines.get(2)).detail()).isEqualTo("start '31/02/2026 10:00' does not match the pattern dd/MM/yyyy HH:mm");
    }

    @Test
    void aHeaderWithoutANamedColumnRejectsTheFileNamingIt() {
        assertThatThrownBy(() -> read(MappingProfileTest.SEMICOLON, "Ref;Konto;Von;Nach;Start;Dauer\nr1;A;1;2;28/02/2026 23:30;5\n"))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageEndingWith(": line 1: header has no column 'Beginn' (column.start of profile p); it has 'Ref,Konto,Von,Nach,Start,Dauer'");
    }

    @Test
    void aHeaderlessFileByColumnNumbersInMillisecondsInTheLedgerZone() throws Exception {
        String profile = "header=false\ncolumn.id=2\ncolumn.caller=3\ncolumn.callee=4\ncolumn.start=1\ncolumn.duration=5\nduration.unit=ms\n";
        List<ParsedLine> lines = read(profile, """
                2026-02-03 11:02:55,c1,0321,0327,64500
                2026-02-03 11:03:00,c2,0321,0327,60000
                2026-02-03 11:04:00,c3,0321
                """);

        assertThat(record(lines.get(0)).start()).isEqualTo(Instant.parse("2026-02-03T03:02:55Z"));
        assertThat(record(lines.get(0)).quantity()).isEqualByComparingTo("64.5");
        assertThat(record(lines.get(1)).quantity()).isEqualTo(new BigDecimal("60"));
        assertThat(lines.get(0).line()).as("no header: the first line is line 1").isEqualTo(1);
        ParsedLine.Invalid shortLine = (ParsedLine.Invalid) lines.get(2);
        assertThat(shortLine.line()).isEqualTo(3);
        assertThat(shortLine.recordId()).isEqualTo("c3");
        assertThat(shortLine.detail()).isEqualTo("line has 3 fields, profile p needs at least 5");
    }

    @Test
    void minutesAreSixtySeconds() throws Exception {
        String profile = "header=false\ncolumn.id=1\ncolumn.callee=2\ncolumn.start=3\ncolumn.duration=4\nduration.unit=min\n";
        assertThat(record(read(profile, "m1,0327,2026-02-03 11:02,1.5\n").get(0)).quantity()).isEqualByComparingTo("90");
    }

    @Test
    void startAndEndGiveTheSecondsBetweenAndAnEndBeforeStartIsNamed() throws Exception {
        String profile = """
                header=false
                quote='
                column.id=1
                column.callee=2
                column.start=3
                column.end=4
                duration.unit=end
                time.pattern=yyyy-MM-dd'T'HH:mm:ss.SSS
                """;
        List<ParsedLine> lines = read(profile, """
                'e,1',0327,2026-02-03T11:00:00.000,2026-02-03T11:01:05.250
                e2,0327,2026-02-03T11:00:00.000,2026-02-03T10:59:00.000
                'e3,0327,2026-02-03T11:00:00.000,2026-02-03T11:00:01.000
                """);

        assertThat(record(lines.get(0)).recordId()).isEqualTo("e,1");
        assertThat(record(lines.get(0)).quantity()).isEqualTo(new BigDecimal("65.25"));
        assertThat(((ParsedLine.Invalid) lines.get(1)).detail()).isEqualTo("end is before start");
        assertThat(((ParsedLine.Invalid) lines.get(2)).reason()).as("an unclosed quote, as for any format")
                .isEqualTo("record cannot be read to its end (a quote is never closed)");
        assertThat(lines.get(2).line()).isEqualTo(3);
    }

    @Test
    void aHashIdIsTheSameOnEveryReadingAndDiffersWithItsFields() throws Exception {
        MappingProfile profile = MappingProfile.parse("noid", "header=false\ncolumn.caller=1\ncolumn.callee=2\ncolumn.start=3\n"
                + "column.duration=4\nid.hash=caller,callee,start\n");
        String content = "0321,0327,2026-02-03 11:02,60\n0321 ,0327,2026-02-03 11:02,61\n0321,0328,2026-02-03 11:02,60\n";

        List<String> first = read(profile, content).stream().map(l -> record(l).recordId()).toList();
        List<String> again = read(profile, content).stream().map(l -> record(l).recordId()).toList();

        assertThat(again).isEqualTo(first);
        assertThat(first.get(0)).matches("h-[0-9a-f]{16}")
                .as("trimmed text of the hash fields only: duration is not one").isEqualTo(first.get(1))
                .isNotEqualTo(first.get(2));
    }

    @Test
    void eventsTakeAccountServiceAndQuantity() throws Exception {
        String profile = "kind=event\ndelimiter=|\ncolumn.id=id\ncolumn.account=acct\ncolumn.service=svc\ncolumn.quantity=qty\n"
                + "column.start=at\ntime.zone=UTC\n";
        UsageRecord r = record(read(profile, "id|acct|svc|qty|at\nv1|ACME|SMS|3|2026-02-03 11:00\n").get(0));

        assertThat(r).isEqualTo(new UsageRecord("v1", UsageKind.EVENT, "ACME", "", "SMS", Instant.parse("2026-02-03T11:00:00Z"),
                new BigDecimal("3")));
    }
}
