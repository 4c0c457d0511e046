package com.meterbook.documents;

import com.meterbook.documents.pdf.Face;
import com.meterbook.documents.pdf.Letterhead;
import com.meterbook.documents.pdf.PdfPages;
import com.meterbook.rating.ExplanationText;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An itemised statement: letterhead, the cycle's balance, then every rated record grouped by caller
 * number with a subtotal per number (never alone at the top of a page), usage per destination, and
 * "Page X of Y" on every page. Lines are drawn as they arrive, so a statement holds one line at a time.
 */
public final class StatementPdf {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final float SIZE = 7.8f;
    private static final float ROW = 10.5f;
    private static final float[] X = {PdfPages.LEFT, 122, 262, 342};
    private static final float DURATION_RIGHT = 432;
    private static final float RATE_RIGHT = 492;

    private final StatementHeader header;
    private final PdfPages pages;
    private final Totals totals = new Totals();
    private String group;
    private boolean itemising;
    private boolean summing;

    private StatementPdf(StatementHeader header, PdfPages pages) {
        this.header = header;
        this.pages = pages;
    }

    /** Writes the statement to {@code out}; returns its page count. */
    public static int write(StatementHeader header, Iterator<StatementLine> lines, OutputStream out) throws IOException {
        try (PdfPages pages = new PdfPages()) {
            StatementPdf pdf = new StatementPdf(header, pages);
            pages.onNewPage(pdf::pageTop);
            pages.newPage();
            pdf.first();
            pdf.lines(lines);
            pdf.destinations();
            int count = pages.finish(header.entity().name() + " · Statement " + header.account() + " · " + header.period(),
                    header.provisional() ? Optional.of("PROVISIONAL — cycle not closed") : Optional.empty());
            pages.save(out);
            return count;
        }
    }

    private void pageTop() {
        if (pages.document().getNumberOfPages() == 1) {
            return;
        }
        pages.text(header.customerName() + " · " + header.account() + " · " + header.period(), Face.REGULAR, 8, PdfPages.LEFT, PdfPages.MUTED);
        pages.down(18);
        if (itemising && group != null) {
            pages.text(groupTitle(group) + " (continued)", Face.BOLD, 9, PdfPages.LEFT);
            pages.down(13);
            columns();
        }
        if (summing) {
            destinationColumns();
        }
    }

    private void first() {
        Letterhead.draw(pages, header.entity(), header.provisional() ? "STATEMENT (PROVISIONAL)" : "STATEMENT", List.of(
                new Letterhead.Fact("Account", header.account()),
                new Letterhead.Fact("Period", header.period().atDay(1) + " to " + header.period().atEndOfMonth()),
                new Letterhead.Fact("Statement date", header.date().toString()),
                new Letterhead.Fact("Invoice", header.invoice().map(i -> header.provisional() ? "to be issued at close" : i.number())
                        .orElse("none: carried forward"))));
        pages.text("Statement for", Face.REGULAR, 8, PdfPages.LEFT, PdfPages.MUTED);
        pages.down(14);
        pages.text(header.customerName(), Face.BOLD, 11.5f, PdfPages.LEFT);
        pages.down(12);
        pages.text("Account " + header.account(), Face.REGULAR, 8.5f, PdfPages.LEFT);
        pages.down(22);
        SummaryTable.balance(pages, header);
        pages.down(10);
    }

    private void lines(Iterator<StatementLine> source) {
        pages.need(40);
        pages.text("Itemised usage", Face.BOLD, 11, PdfPages.LEFT);
        pages.down(16);
        itemising = true;
        Peeking<StatementLine> lines = new Peeking<>(source);
        if (!lines.hasNext()) {
            pages.text("No usage was charged in this cycle.", Face.REGULAR, 8.5f, PdfPages.LEFT, PdfPages.MUTED);
            pages.down(14);
        }
        Totals groupTotals = null;
        while (lines.hasNext()) {
            StatementLine line = lines.next();
            boolean last = lines.peek().map(n -> !n.caller().equals(line.caller())).orElse(true);
            if (!line.caller().equals(group)) {
                group = null;
                pages.need(13 + 14 + ROW + (last ? 16 : 0));
                group = line.caller();
                groupTotals = new Totals();
                pages.text(groupTitle(group), Face.BOLD, 9, PdfPages.LEFT);
                pages.down(13);
                columns();
            }
            pages.need(ROW + (last ? 16 : 0));
            row(line);
            groupTotals.add(line);
            totals.add(line);
            if (last) {
                pages.rule(DURATION_RIGHT - 40, PdfPages.RIGHT, pages.y() + ROW - 2.5f, PdfPages.RULE, 0.5f);
                pages.text("Subtotal " + groupTitle(group) + ": " + groupTotals.count + " records", Face.BOLD, SIZE, X[1]);
                pages.right(groupTotals.duration(), Face.BOLD, SIZE, DURATION_RIGHT);
                pages.right(header.money(groupTotals.charge), Face.BOLD, SIZE, PdfPages.RIGHT);
                pages.down(20);
                group = null;
            }
        }
        itemising = false;
    }

    private void columns() {
        pages.text("Date and time", Face.BOLD, SIZE, X[0], PdfPages.MUTED);
        pages.text("Destination", Face.BOLD, SIZE, X[1], PdfPages.MUTED);
        pages.text("Number called", Face.BOLD, SIZE, X[2], PdfPages.MUTED);
        pages.text("Band", Face.BOLD, SIZE, X[3], PdfPages.MUTED);
        pages.right("Duration", Face.BOLD, SIZE, DURATION_RIGHT);
        pages.right("Rate", Face.BOLD, SIZE, RATE_RIGHT);
        pages.right("Charge", Face.BOLD, SIZE, PdfPages.RIGHT);
        pages.rule(PdfPages.LEFT, PdfPages.RIGHT, pages.y() - 3, PdfPages.RULE, 0.5f);
        pages.down(ROW + 2);
    }

    private void row(StatementLine line) {
        var fonts = pages.fonts();
        pages.text(WHEN.format(line.start()), Face.REGULAR, SIZE, X[0]);
        pages.text(fonts.fit(line.destination(), Face.REGULAR, SIZE, X[2] - X[1] - 6), Face.REGULAR, SIZE, X[1]);
        pages.text(fonts.fit(line.callee(), Face.REGULAR, SIZE, X[3] - X[2] - 6), Face.REGULAR, SIZE, X[2]);
        pages.text(fonts.fit(line.band(), Face.REGULAR, SIZE, 50), Face.REGULAR, SIZE, X[3]);
        pages.right(quantity(line), Face.REGULAR, SIZE, DURATION_RIGHT);
        pages.right(line.rate(), Face.REGULAR, SIZE, RATE_RIGHT);
        pages.right(header.money(line.charge()), Face.REGULAR, SIZE, PdfPages.RIGHT);
        pages.down(ROW);
    }

    private void destinations() {
        pages.need(14 + 14 + ROW * Math.min(3, totals.byDestination.size() + 1));
        pages.down(4);
        pages.text("Usage by destination", Face.BOLD, 11, PdfPages.LEFT);
        pages.down(16);
        destinationColumns();
        summing = true;
        totals.byDestination.forEach((destination, t) -> {
            pages.need(ROW);
            pages.text(pages.fonts().fit(destination.isEmpty() ? "(no destination)" : destination, Face.REGULAR, SIZE, 240),
                    Face.REGULAR, SIZE, X[0]);
            pages.right(String.valueOf(t.count), Face.REGULAR, SIZE, 340);
            pages.right(t.duration(), Face.REGULAR, SIZE, DURATION_RIGHT);
            pages.right(header.money(t.charge), Face.REGULAR, SIZE, PdfPages.RIGHT);
            pages.down(ROW);
        });
        pages.need(ROW + 4);
        pages.rule(PdfPages.LEFT, PdfPages.RIGHT, pages.y() + ROW - 2.5f, PdfPages.RULE, 0.5f);
        pages.text("Total usage", Face.BOLD, SIZE, X[0]);
        pages.right(String.valueOf(totals.count), Face.BOLD, SIZE, 340);
        pages.right(totals.duration(), Face.BOLD, SIZE, DURATION_RIGHT);
        pages.right(header.money(totals.charge), Face.BOLD, SIZE, PdfPages.RIGHT);
        pages.down(ROW);
        summing = false;
    }

    private void destinationColumns() {
        pages.text("Destination", Face.BOLD, SIZE, X[0], PdfPages.MUTED);
        pages.right("Records", Face.BOLD, SIZE, 340);
        pages.right("Duration", Face.BOLD, SIZE, DURATION_RIGHT);
        pages.right("Charge", Face.BOLD, SIZE, PdfPages.RIGHT);
        pages.rule(PdfPages.LEFT, PdfPages.RIGHT, pages.y() - 3, PdfPages.RULE, 0.5f);
        pages.down(ROW + 2);
    }

    static String groupTitle(String caller) {
        if (caller.isEmpty()) {
            return "Without a number";
        }
        return caller.chars().allMatch(Character::isDigit) ? "Number +" + caller : "Meter " + caller;
    }

    private static String quantity(StatementLine line) {
        if (line.call()) {
            return ExplanationText.minutes(line.quantity());
        }
        BigDecimal q = line.quantity().stripTrailingZeros();
        return (q.scale() < 0 ? q.setScale(0) : q).toPlainString();
    }

    /** Records, call seconds and charges of a group, the statement and each destination. */
    private static final class Totals {
        long count;
        BigDecimal seconds = BigDecimal.ZERO;
        BigDecimal charge = BigDecimal.ZERO;
        final TreeMap<String, Totals> byDestination = new TreeMap<>();

        void add(StatementLine line) {
            count++;
            seconds = line.call() ? seconds.add(line.quantity()) : seconds;
            charge = charge.add(line.charge());
            byDestination.computeIfAbsent(line.destination(), d -> new Totals()).addOne(line);
        }

        private void addOne(StatementLine line) {
            count++;
            seconds = line.call() ? seconds.add(line.quantity()) : seconds;
            charge = charge.add(line.charge());
        }

        String duration() {
            return seconds.signum() == 0 ? "" : ExplanationText.minutes(seconds);
        }
    }
}
