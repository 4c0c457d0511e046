package com.meterbook.cli;

import com.meterbook.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** usage import without --format tells each file's format; usage detect says what it sees; usage activity. */
@Tag("db")
class UsageDetectionAndActivityCommandsTest {

    @TempDir
    Path dir;
    private Path ledger;

    @BeforeEach
    void setUp() {
        ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        for (String master : new String[]{"customers", "rates", "bands", "holidays", "recurring"}) {
            Cli.ok(ledger, master, "import", "sample-data/" + master + ".csv");
        }
    }

    @Test
    void filesOfDifferentFormatsImportTogetherWithoutFormat() {
        Cli.Result r = Cli.run(ledger, "usage", "import", "sample-data/asterisk-Master-2026-02.csv",
                "sample-data/freeswitch-2026-02.csv", "sample-data/events-2026.csv");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("imported ").endsWith(", duplicates 0, exceptions 0\n");
        Cli.Result again = Cli.run(ledger, "usage", "import", "--format", "asterisk", "sample-data/asterisk-Master-2026-02.csv");
        assertThat(again.out()).isEqualTo("imported 0, duplicates 8, exceptions 0\n");
    }

    @Test
    void anAmbiguousFileStopsTheCommandBeforeAnythingIsImported() throws Exception {
        Path odd = Files.writeString(dir.resolve("odd.csv"),
                "\"\",\"0321\",\"0327\",\"ctx\",\"\",\"PJSIP/1\",\"\",\"Dial\",\"x\",\"2026-02-03 11:02:55\",\"\",\"\",68,64,\"HELD\",\"DOC\",\"u1\",\"\"\n");

        Cli.Result r = Cli.run(ledger, "usage", "import", "sample-data/asterisk-Master-2026-02.csv", odd.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("meterbook: " + odd + ": cannot tell the format (no header; 15 to 18 fields but "
                + "neither an Asterisk disposition nor a FreeSWITCH start_stamp); give it with --format");
        assertThat(r.out()).isEmpty();
        assertThat(Cli.run(ledger, "usage", "import", "--format", "asterisk", odd.toString()).out())
                .as("read as asterisk when told: a record of a caller nobody holds").isEqualTo("imported 0, duplicates 0, exceptions 1\n");
        assertThat(Cli.run(ledger, "usage", "import", "--format", "asterisk", "sample-data/asterisk-Master-2026-02.csv").out())
                .as("the first file was not imported by the stopped command").isEqualTo("imported 8, duplicates 0, exceptions 0\n");
    }

    @Test
    void aFileOfNoFormatIsReadAsGenericAndRejectedByItsHeaderAsBefore() {
        Cli.Result r = Cli.run(ledger, "usage", "import", "sample-data/customers.csv");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("meterbook: sample-data/customers.csv: line 1: header is 'account,name,plan,numbers,threshold,entity' "
                        + "but format generic needs");
    }

    @Test
    void detectSaysWhatItSeesPerFile() {
        Cli.Result r = Cli.run(ledger, "usage", "detect", "sample-data/cdrs-2026-01.csv", "sample-data/freeswitch-2026-02.csv",
                "sample-data/bands.csv");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "sample-data/cdrs-2026-01.csv: generic (header)",
                "sample-data/freeswitch-2026-02.csv: freeswitch (no header; 15 fields, start_stamp and uuid)",
                "sample-data/bands.csv: unknown (header 'band,days,start,end' is no format's), read as generic");
    }

    @Test
    void activityCountsTheCyclesRecordsPerDayAndClass() {
        Cli.ok(ledger, "usage", "import", "sample-data/freeswitch-2026-02.csv");
        Cli.Result r = Cli.run(ledger, "usage", "activity", "--period", "2026-02");
        assertThat(r.exit()).as(r.toString()).isZero();
        var lines = r.out().lines().toList();
        assertThat(lines.get(0)).matches("records rated today \\d+");
        assertThat(lines.get(1)).startsWith("last record arrived ").endsWith(" s ago");
        assertThat(lines.get(2)).isEqualTo("day,mobile,fixed,toll_free,shared_cost,international,services");
        assertThat(lines).hasSize(3 + 28);
        // 2026-02-02: a fixed 06 call and a mobile 013 call
        assertThat(lines.get(3 + 1)).isEqualTo("2026-02-02,1,1,0,0,0,0");
        long total = lines.subList(3, lines.size()).stream()
                .mapToLong(l -> java.util.Arrays.stream(l.split(",")).skip(1).mapToLong(Long::parseLong).sum()).sum();
        assertThat(total).isEqualTo(8);
    }
}
