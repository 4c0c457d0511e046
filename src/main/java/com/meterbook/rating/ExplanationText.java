package com.meterbook.rating;

import com.meterbook.domain.Fraction;
import com.meterbook.domain.UsageKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** An {@link Explanation} in words, one section per rating step, for the screen and the command line alike. */
public final class ExplanationText {

    /** A titled group of lines. */
    public record Section(String title, List<String> lines) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ExplanationText() {
    }

    public static List<Section> sections(Explanation e) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("1. Record", record(e)));
        sections.add(new Section("2. Customer", List.of(e.customerStep())));
        sections.add(new Section("3. Band", List.of(e.bandReason())));
        sections.add(new Section("4. Rate rows", rates(e)));
        e.price().ifPresent(p -> sections.add(new Section("5. Steps", steps(e, p))));
        e.price().ifPresent(p -> sections.add(new Section("6. Charge", charge(e, p))));
        sections.add(new Section("Outcome", List.of(e.outcome())));
        return sections;
    }

    /** All sections as plain text, a blank line between them. */
    public static String text(Explanation e) {
        StringBuilder s = new StringBuilder();
        for (Section section : sections(e)) {
            if (!s.isEmpty()) {
                s.append('\n');
            }
            s.append(section.title()).append('\n');
            section.lines().forEach(line -> s.append("  ").append(line).append('\n'));
        }
        return s.toString();
    }

    private static List<String> record(Explanation e) {
        var r = e.record();
        List<String> lines = new ArrayList<>();
        lines.add("record " + r.recordId() + " (" + r.kind().name().toLowerCase(java.util.Locale.ROOT) + ")");
        lines.add("start " + LOCAL.format(e.localStart()) + " " + e.settings().zone().getId() + ", cycle " + e.ownPeriod());
        if (!e.period().equals(e.ownPeriod())) {
            lines.add("billed in " + e.period() + ": its own cycle " + e.ownPeriod() + " was closed when it arrived");
        }
        lines.add("account on the record: " + (r.account().isEmpty() ? "(none)" : r.account()));
        String caller = r.kind() == UsageKind.READING ? "meter" : "caller";
        lines.add(caller + " (normalised): " + (r.caller().isEmpty() ? "(none)" : r.caller()));
        lines.add((r.kind().matchesByService() ? "service: " : "callee (normalised): ") + r.target());
        lines.add("quantity: " + quantity(r.kind(), r.quantity()));
        return lines;
    }

    private static List<String> rates(Explanation e) {
        List<String> lines = new ArrayList<>();
        if (e.candidates().isEmpty()) {
            lines.add(e.customer().isEmpty() ? "not looked up: no customer"
                    : "no override or plan " + e.customer().get().plan() + " row has a prefix that starts " + e.record().target());
        }
        for (RateCandidate c : e.candidates()) {
            String whose = c.isOverride() ? "override of " + c.owner().substring("account:".length())
                    : "plan " + c.owner().substring("plan:".length());
            lines.add((c.matched() ? "MATCHED " : "skipped ") + whose + ", prefix " + (c.prefix().isEmpty() ? "(empty)" : c.prefix())
                    + (c.version() == null ? "" : ", version " + c.version()) + ": " + c.note());
            if (c.rows().size() > 1) {
                lines.add("    its rows, in the order steps look for them (largest slot, then largest tier):");
            }
            for (RateRow row : c.rows()) {
                lines.add("    " + row(row));
            }
        }
        if (e.assessment() instanceof Assessment.Billable b) {
            lines.add("longest prefix in force: " + b.selection().prefix() + " (" + b.selection().destination() + "), "
                    + (b.selection().tierSensitive() ? "tiered: the price depends on the counter" : "not tiered"));
        }
        return lines;
    }

    private static List<String> steps(Explanation e, Price p) {
        List<String> lines = new ArrayList<>();
        Assessment.Billable b = (Assessment.Billable) e.assessment();
        if (b.selection().tierSensitive()) {
            lines.add("C = " + plain(p.counterBefore()) + ": " + b.customer().account() + "'s billed quantity of prefix "
                    + b.selection().prefix() + " earlier in " + e.period());
        }
        for (PricingStep s : p.steps()) {
            RateRow row = s.row();
            lines.add("positions " + plain(s.from()) + " to " + plain(s.to()) + ": " + plain(s.steps()) + " x " + plain(row.increment())
                    + " at " + plain(row.rate()) + " per " + plain(row.per()) + " (slot " + plain(row.slotFrom()) + ", tier "
                    + plain(row.tierFrom()) + (b.selection().tierSensitive() ? ", C+p from " + plain(p.counterBefore().add(s.from())) : "")
                    + ") = " + exact(s.cost()));
        }
        lines.add("billed quantity " + plain(p.billedQuantity()) + " for quantity " + plain(p.quantity()));
        return lines;
    }

    private static List<String> charge(Explanation e, Price p) {
        List<String> lines = new ArrayList<>();
        RateRow start = p.startRow();
        lines.add("connect fee " + plain(start.connectFee()) + " (the row in force at position 0)");
        lines.add("exact cost " + exact(p.exactCost()) + (p.minimumApplied() ? " after raising to the minimum charge " : "; minimum charge ")
                + plain(start.minCharge()) + (p.minimumApplied() ? "" : " not needed"));
        lines.add("rounded once to " + e.settings().decimals() + " places " + e.settings().rounding() + ": " + exact(p.exactCost())
                + " -> " + p.charge().toPlainString());
        e.overMaxCharge().ifPresent(d -> lines.add(d));
        return lines;
    }

    private static String row(RateRow r) {
        return "slot " + plain(r.slotFrom()) + ", tier " + plain(r.tierFrom()) + ": " + plain(r.rate()) + " per " + plain(r.per())
                + ", increment " + plain(r.increment()) + ", connect " + plain(r.connectFee()) + ", minimum " + plain(r.minCharge())
                + " [" + r.band() + ", " + r.destination() + "]";
    }

    /** A quantity as the user reads it: a call's seconds also as m:ss. */
    public static String quantity(UsageKind kind, BigDecimal q) {
        if (kind != UsageKind.CALL) {
            return plain(q);
        }
        return plain(q) + " s (" + minutes(q) + ")";
    }

    /** Seconds as {@code m:ss} (whole seconds, rounded up). */
    public static String minutes(BigDecimal seconds) {
        long s = seconds.setScale(0, RoundingMode.CEILING).longValueExact();
        return s / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", s % 60);
    }

    /** An exact value as a decimal, or to 10 places with an ellipsis when it has no finite expansion. */
    public static String exact(Fraction f) {
        try {
            return plain(f.numerator().divide(f.denominator()));
        } catch (ArithmeticException e) {
            return f.numerator().divide(f.denominator(), 10, RoundingMode.HALF_EVEN).toPlainString() + "...";
        }
    }

    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
