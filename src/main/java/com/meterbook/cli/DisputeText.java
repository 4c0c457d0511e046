package com.meterbook.cli;

import com.meterbook.ledger.DisputeStore;
import com.meterbook.operations.DisputeDetail;
import com.meterbook.operations.HistoryEntry;

import java.io.PrintWriter;
import java.time.ZoneId;

/** {@code disputes show}: the dispute, its credit note, its comments and its history, times in the ledger's zone. */
final class DisputeText {

    private DisputeText() {
    }

    private static String scaled(java.math.BigDecimal v, int scale) {
        return v.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static void print(DisputeDetail detail, ZoneId zone, PrintWriter out) {
        DisputeStore.Row d = detail.dispute();
        out.println("dispute " + d.id() + ": " + d.status().label());
        out.println("on: " + d.target());
        out.println("account: " + d.account());
        out.println("opened: " + ExceptionCommands.AT.format(d.openedAt().atZone(zone)) + " by " + d.author());
        out.println("reason: " + DisputeCommands.oneLine(d.reason()));
        out.println("disputed: " + detail.disputed().toPlainString()
                + (detail.creditedBefore().signum() == 0 ? "" : " (" + detail.creditedBefore().toPlainString() + " credited by other disputes)"));
        int scale = detail.disputed().scale();
        detail.creditNote().ifPresent(n -> out.println("credit note: " + n.note().number() + " for " + scaled(n.note().amount(), scale)
                + ", " + scaled(n.applied(), scale) + " deducted so far"));
        out.println("comments:");
        for (DisputeStore.Comment c : detail.comments()) {
            out.println("  " + ExceptionCommands.AT.format(c.at().atZone(zone)) + "\t" + c.author() + "\t" + DisputeCommands.oneLine(c.text()));
        }
        out.println("history:");
        for (HistoryEntry h : detail.history()) {
            out.println("  " + ExceptionCommands.AT.format(h.at().atZone(zone)) + "\t" + h.actor() + "\t" + h.action() + "\t"
                    + DisputeCommands.oneLine(h.detail()));
        }
    }
}
