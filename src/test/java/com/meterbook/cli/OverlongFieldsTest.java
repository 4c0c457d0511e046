package com.meterbook.cli;

import com.meterbook.testing.Cli;
import com.meterbook.testing.Csv;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field longer than the ledger keeps (a 300-character call id, an 80-character account) stopped the whole
 * import at its chunk with H2's "Value too long for column", naming neither line nor field. Such a record
 * is now INVALID_RECORD naming the field; the rest of the file imports.
 */
@Tag("db")
class OverlongFieldsTest {

    @Test
    void aRecordWithAFieldTooLongIsInvalidNamingTheFieldAndTheRestImports(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Path customers = Files.writeString(dir.resolve("customers.csv"), "account,name,plan,numbers,threshold,entity\nA1,Alpha,P,03-1111 1111,,\n");
        Path rates = Files.writeString(dir.resolve("rates.csv"),
                "plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge\n"
                        + "P,,60,Malaysia,*,2025-01-01,0,0.10,60,1,0,0,0\n");
        Cli.ok(ledger, "customers", "import", customers.toString());
        Cli.ok(ledger, "rates", "import", rates.toString());
        Path cdrs = Files.writeString(dir.resolve("cdrs.csv"), "call_id,account,caller,callee,start,duration\n"
                + "X1,,03-1111 1111,012-345 6789,2026-01-05 10:00:00,60\n"
                + "X".repeat(300) + ",,03-1111 1111,012-345 6789,2026-01-05 10:01:00,60\n"
                + "X3," + "A".repeat(80) + ",03-1111 1111,012-345 6789,2026-01-05 10:02:00,60\n"
                + "X4,,03-1111 1111,012-345 6789,2026-01-05 10:03:00,60\n");

        Cli.Result r = Cli.run(ledger, "usage", "import", cdrs.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("imported 2, duplicates 0, exceptions 2\n");
        Path out = dir.resolve("exceptions.csv");
        Cli.ok(ledger, "exceptions", "export", "--out", out.toString());
        assertThat(Csv.rows(out)).extracting(e -> e.get("line") + " " + e.get("reason") + " " + e.get("detail"))
                .containsExactly("3 INVALID_RECORD record id is longer than 255 characters (300)",
                        "4 INVALID_RECORD account is longer than 64 characters (80)");
    }
}
