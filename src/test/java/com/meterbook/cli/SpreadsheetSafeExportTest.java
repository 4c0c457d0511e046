package com.meterbook.cli;

import com.meterbook.testing.Cli;
import com.meterbook.testing.SmallOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An id crafted as a formula is defused in the exports; {@code --bom} starts the file with a UTF-8 byte order mark. */
@Tag("db")
class SpreadsheetSafeExportTest {

    @Test
    void formulaCellsAreDefusedAndTheBomIsOptional(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger");
        Cli.ok(ledger, "init", "--zone", "Asia/Kuala_Lumpur");
        Cli.ok(ledger, "customers", "import", Files.writeString(dir.resolve("customers.csv"), SmallOperator.CUSTOMERS).toString());
        Cli.ok(ledger, "bands", "import", Files.writeString(dir.resolve("bands.csv"), SmallOperator.BANDS).toString());
        Cli.ok(ledger, "rates", "import", Files.writeString(dir.resolve("rates.csv"), SmallOperator.RATES).toString());
        Cli.ok(ledger, "usage", "import", Files.writeString(dir.resolve("cdrs.csv"), SmallOperator.file(List.of(
                "\"=HYPERLINK(\"\"http://evil\"\")\",,03-1111 1111,012-345 6789,2026-01-29 10:00:00,60",
                "@X,,03-9999 9999,012-345 6789,2026-01-29 10:00:00,60"))).toString());

        Path charges = dir.resolve("charges.csv");
        Cli.ok(ledger, "charges", "export", "--out", charges.toString());
        assertThat(Files.readAllLines(charges).get(1)).startsWith("\"'=HYPERLINK(\"\"http://evil\"\")\",A1,2026-01,");
        Path exceptions = dir.resolve("exceptions.csv");
        Cli.ok(ledger, "exceptions", "export", "--out", exceptions.toString(), "--bom");
        byte[] bytes = Files.readAllBytes(exceptions);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).lines().toList().get(1)).startsWith("'@X,cdrs.csv,3,UNKNOWN_ACCOUNT,");
        assertThat(Files.readAllBytes(charges)[0]).as("no BOM unless asked").isEqualTo((byte) 'r');
    }
}
