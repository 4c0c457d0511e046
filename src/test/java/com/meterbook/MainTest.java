package com.meterbook;

import com.meterbook.cli.MeterbookCli;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** No command opens the desktop app; any command runs the command line as before. */
class MainTest {

    @Test
    void noArgumentsOpenTheDefaultLedgerInTheDesktopApp() {
        assertThat(Main.desktopLedger()).contains(MeterbookCli.defaultLedger());
    }

    @Test
    void aLedgerWithoutACommandOpensThatLedger() {
        assertThat(Main.desktopLedger("--ledger", "/tmp/sinar")).contains(Path.of("/tmp/sinar"));
        assertThat(Main.desktopLedger("--ledger=/tmp/sinar")).contains(Path.of("/tmp/sinar"));
    }

    @Test
    void aCommandRunsTheCommandLine() {
        assertThat(Main.desktopLedger("--ledger", "/tmp/sinar", "init")).isEmpty();
        assertThat(Main.desktopLedger("init")).isEmpty();
        assertThat(Main.desktopLedger("--help")).isEmpty();
        assertThat(Main.desktopLedger("--version")).isEmpty();
        assertThat(Main.desktopLedger("--ledger")).isEmpty();
    }
}
