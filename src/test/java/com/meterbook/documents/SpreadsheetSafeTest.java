package com.meterbook.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text that a spreadsheet would run as a formula is defused; numbers and ordinary text are left alone. */
class SpreadsheetSafeTest {

    @Test
    void defusesFormulasButNotNumbers() {
        assertThat(SpreadsheetSafe.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetSafe.cell("+60123456789 ext")).isEqualTo("'+60123456789 ext");
        assertThat(SpreadsheetSafe.cell("-cmd")).isEqualTo("'-cmd");
        assertThat(SpreadsheetSafe.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafe.cell("\t1+1")).isEqualTo("'\t1+1");
        assertThat(SpreadsheetSafe.cell("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetSafe.cell("-1.50")).isEqualTo("-1.50");
        assertThat(SpreadsheetSafe.cell("+60123456789")).isEqualTo("+60123456789");
        assertThat(SpreadsheetSafe.cell("12.5")).isEqualTo("12.5");
        assertThat(SpreadsheetSafe.cell("C1001")).isEqualTo("C1001");
        assertThat(SpreadsheetSafe.cell("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
    }
}
