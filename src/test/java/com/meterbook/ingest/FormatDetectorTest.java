package com.meterbook.ingest;

import com.meterbook.ingest.FormatDetector.Detection;
import com.meterbook.ingest.FormatDetector.Detection.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Formats told from the first lines of real-shaped files: the samples, switch files as switches write them, and files that are none. */
class FormatDetectorTest {

    @TempDir
    Path dir;

    private static final String ASTERISK_18 = "\"C1007\",\"0321415002\",\"0122076618\",\"from-internal\",\"\"\"Gemilang\"\" <0321415002>\","
            + "\"PJSIP/201-1cc49f26\",\"\",\"Dial\",\"PJSIP/0122076618@trunk,60,tT\",\"2026-02-03 09:14:07\",\"\",\"2026-02-03 09:14:13\",6,0,"
            + "\"BUSY\",\"DOCUMENTATION\",\"1770081247.4000\",\"\"";
    private static final String ASTERISK_16 = "\"\",\"0321415000\",\"0327302211\",\"from-internal\",\"\",\"PJSIP/210-c4f5eb19\","
            + "\"PJSIP/trunk-67d4b172\",\"Dial\",\"PJSIP/0327302211@trunk,60,tT\",\"2026-02-03 11:02:55\",\"2026-02-03 11:02:59\","
            + "\"2026-02-03 11:04:03\",68,64,\"NO ANSWER\",\"DOCUMENTATION\"";
    private static final String FREESWITCH = "\"Hotel Bayu\",\"062829101\",\"062812345\",\"default\",\"2026-02-02 07:45:10\","
            + "\"2026-02-02 07:45:15\",\"2026-02-02 07:45:57\",\"47\",\"42\",\"NORMAL_CLEARING\",\"9a27a6d7-594b-4513-bc51-5350ce53a375\","
            + "\"\",\"\",\"PCMA\",\"PCMA\"";

    private Detection detect(String name, String content) throws IOException {
        return FormatDetector.detect(Files.writeString(dir.resolve(name), content));
    }

    @ParameterizedTest
    @CsvSource({
            "cdrs-2026-01.csv, generic, HEADER",
            "cdrs-2026-02.csv, generic, HEADER",
            "events-2026.csv, events, HEADER",
            "readings-2026.csv, readings, HEADER",
            "asterisk-Master-2026-02.csv, asterisk, SHAPE",
            "freeswitch-2026-02.csv, freeswitch, SHAPE"})
    void theSampleUsageFilesAreToldApart(String file, String format, Outcome outcome) {
        Detection d = FormatDetector.detect(Path.of("sample-data", file));
        assertThat(d.format()).contains(UsageFormat.parse(format));
        assertThat(d.outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample-data/customers.csv", "sample-data/rates.csv", "sample-data/bands.csv", "sample-data/holidays.csv",
            "sample-data/recurring.csv", "sample-data/edge-cases.csv", "sample-data/expected-bad-lines.csv",
            "src/test/resources/e2e/expected-balances-2026-01.csv", "src/test/resources/e2e/expected-invoices.csv",
            "src/test/resources/e2e/expected-edge-cases.csv"})
    void masterDataAndExpectedOutputsAreNoUsageFormat(String file) {
        Detection d = FormatDetector.detect(Path.of(file));
        assertThat(d.format()).as(d.describe()).isEmpty();
        assertThat(d.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(d.reason()).startsWith("header '");
    }

    @Test
    void asteriskLinesOf16And18FieldsWithTheirDisposition() throws IOException {
        Detection d = detect("Master.csv", ASTERISK_18 + "\n" + ASTERISK_16 + "\n");
        assertThat(d.format()).contains(UsageFormat.ASTERISK);
        assertThat(d.describe()).isEqualTo("asterisk (no header; 18 fields, disposition BUSY)");

        assertThat(detect("Master16.csv", ASTERISK_16 + "\n").format()).contains(UsageFormat.ASTERISK);
    }

    @Test
    void aBadFirstLineDoesNotHideTheFormatOfTheNext() throws IOException {
        Detection d = detect("fs.csv", "\"Hotel\",\"062829101\",\"062812345\"\n" + FREESWITCH + "\n" + FREESWITCH + "\n");
        assertThat(d.format()).contains(UsageFormat.FREESWITCH);
        assertThat(d.describe()).isEqualTo("freeswitch (no header; 15 fields, start_stamp and uuid)");
    }

    @Test
    void aByteOrderMarkAndSpacesAroundHeaderNamesAreReadAsTheReaderReadsThem() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFFevent_id, account,service,quantity,timestamp\nE1,A1,SMS,3,2026-01-01T10:00:00\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(FormatDetector.detect(file).format()).contains(UsageFormat.EVENTS);
    }

    @Test
    void aHeaderThatResemblesAFormatNamesItSoThatTheReaderSaysWhatDiffers() throws IOException {
        Detection d = detect("upper.csv", "Call_ID,Account,Caller,Callee,Start,Seconds\nT1,,031,012,2026-01-01 10:00,60\n");
        assertThat(d.format()).contains(UsageFormat.GENERIC);
        assertThat(d.describe()).isEqualTo("generic (header resembles generic's)");
    }

    @Test
    void mixedSwitchLinesAreAmbiguous() throws IOException {
        Detection d = detect("mixed.csv", ASTERISK_18 + "\n" + FREESWITCH + "\n");
        assertThat(d.ambiguous()).isTrue();
        assertThat(d.format()).isEmpty();
        assertThat(d.reason()).isEqualTo("lines of both asterisk and freeswitch shapes");
    }

    @Test
    void switchWideLinesWithoutASignAreAmbiguous() throws IOException {
        Detection d = detect("odd.csv", ASTERISK_18.replace("\"BUSY\"", "\"MAYBE\"") + "\n");
        assertThat(d.ambiguous()).isTrue();
        assertThat(d.reason()).contains("neither an Asterisk disposition nor a FreeSWITCH start_stamp");
    }

    @Test
    void dataWithoutAHeaderEmptyAndBinaryFilesAreUnknown() throws IOException {
        assertThat(detect("noheader.csv", "T1,,03-1111 1111,012-345 6789,2026-01-29 09:00:00,300\n"))
                .extracting(Detection::format, Detection::outcome, Detection::reason)
                .containsExactly(Optional.empty(), Outcome.UNKNOWN, "no header and no switch format's shape");
        assertThat(detect("empty.csv", "").reason()).isEqualTo("empty");
        assertThat(detect("blank.csv", "\n\n").reason()).isEqualTo("empty");
        Path binary = Files.write(dir.resolve("binary.csv"), new byte[]{'c', 'a', 0, 1, 2, '\n'});
        assertThat(FormatDetector.detect(binary).reason()).isEqualTo("binary, not CSV text");
        assertThat(FormatDetector.detect(dir.resolve("missing.csv")).reason()).startsWith("cannot be read");
    }

    @Test
    void aQuoteThatNeverClosesKeepsTheRecordsBeforeIt() throws IOException {
        Detection d = detect("cut.csv", FREESWITCH + "\n\"Hotel\",\"0628");
        assertThat(d.format()).contains(UsageFormat.FREESWITCH);
    }
}
