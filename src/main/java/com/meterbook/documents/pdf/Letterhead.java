package com.meterbook.documents.pdf;

import com.meterbook.billing.EntityProfile;

import java.util.List;

/**
 * The top of a document's first page: the entity's logo, name, address and tax number on the left,
 * the document's title and its facts (label, value) on the right.
 */
public final class Letterhead {

    private Letterhead() {
    }

    public record Fact(String label, String value) {
    }

    public static void draw(PdfPages pages, EntityProfile entity, String title, List<Fact> facts) {
        float top = pages.y();
        float x = PdfPages.LEFT;
        if (entity.logo().isPresent()) {
            x += pages.image(entity.logo().get(), PdfPages.LEFT, top + 10, 110, 46) + 12;
        }
        pages.text(pages.fonts().fit(entity.name(), Face.BOLD, 13, PdfPages.RIGHT - 215 - x), Face.BOLD, 13, x);
        for (String line : entity.address()) {
            pages.down(11);
            pages.text(pages.fonts().fit(line, Face.REGULAR, 8.5f, PdfPages.RIGHT - 215 - x), Face.REGULAR, 8.5f, x, PdfPages.MUTED);
        }
        if (!entity.taxId().isEmpty()) {
            pages.down(11);
            String tax = pages.fonts().fit("Reg./tax no. " + entity.taxId(), Face.REGULAR, 8.5f, PdfPages.RIGHT - 215 - x);
            pages.text(tax, Face.REGULAR, 8.5f, x, PdfPages.MUTED);
        }
        float leftBottom = pages.y();
        pages.at(top);
        pages.right(title, Face.BOLD, 16, PdfPages.RIGHT);
        for (Fact fact : facts) {
            pages.down(12);
            pages.right(fact.value(), Face.REGULAR, 8.5f, PdfPages.RIGHT);
            pages.right(fact.label(), Face.REGULAR, 8.5f, PdfPages.RIGHT - 120);
        }
        pages.at(Math.min(Math.min(leftBottom, pages.y()), top - 40) - 20);
        pages.rule(PdfPages.LEFT, PdfPages.RIGHT, pages.y() + 8, PdfPages.RULE, 0.75f);
    }
}
