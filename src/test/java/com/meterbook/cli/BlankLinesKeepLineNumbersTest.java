package com.meterbook.cli;

import com.meterbook.testing.Cli;
import com.meterbook.testing.Csv;
import com.meterbook.testing.SmallOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Blank lines and line breaks inside quotes do not shift the line numbers that exceptions name. */
@Tag("db")
class BlankLinesKeepLineNumbersTest {

    @Test
    void exceptionsNameThePhysicalLine(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Cli.ok(ledger, "customers", "import", Files.writeString(dir.resolve("customers.csv"), SmallOperator.CUSTOMERS).toString());
        Cli.ok(ledger, "bands", "import", Files.writeString(dir.resolve("bands.csv"), SmallOperator.BANDS).toString());
        Cli.ok(ledger, "rates", "import", Files.writeString(dir.resolve("rates.csv"), SmallOperator.RATES).toString());
        Path cdrs = Files.writeString(dir.resolve("cdrs.csv"), String.join("\n",
                "call_id,account,caller,callee,start,duration",          // line 1
                "B1,,03-1111 1111,012-345 6789,2026-01-29 10:00:00,60",  // line 2
                "",                                                      // line 3
                "",                                                      // line 4
                "B2,,03-1111 1111,012-345 6789,2026-01-29 10:01:00,abc", // line 5
                "\"B3\nX\",,03-1111 1111,012-345 6789,2026-01-29 10:02:00,xyz", // lines 6-7
                "",                                                      // line 8
                "B4,,03-1111 1111,012-345 6789,2026-01-29 10:03:00,def") + "\n"); // line 9

        Cli.ok(ledger, "usage", "import", cdrs.toString());

        Path out = dir.resolve("exceptions.csv");
        Cli.ok(ledger, "exceptions", "export", "--out", out.toString());
        List<Map<String, String>> rows = Csv.rows(out);
        assertThat(rows).extracting(r -> r.get("line")).containsExactlyInAnyOrder("5", "6", "9");
    }
}
