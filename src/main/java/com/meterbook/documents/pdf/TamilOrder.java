package com.meterbook.documents.pdf;

/**
 * Tamil in the order its glyphs are drawn. PDFBox applies the font's ligatures (the u and uu forms,
 * க்ஷ, ஸ்ரீ) but does not reorder: the vowel signs ெ ே ை are written after their consonant and drawn
 * before it, and ொ ோ ௌ are drawn in two parts around it. This moves them; the logical text goes into
 * the PDF as ActualText, so copying and searching still give what was stored.
 */
final class TamilOrder {

    private TamilOrder() {
    }

    static String visual(String logical) {
        StringBuilder out = new StringBuilder(logical.length() + 4);
        for (int i = 0; i < logical.length(); i++) {
            char c = logical.charAt(i);
            int start = clusterStart(out);
            if (isReordered(c) && start >= 0) {
                char pre = c == '\u0BCA' || c == '\u0BCC' ? '\u0BC6' : c == '\u0BCB' ? '\u0BC7' : c;
                out.insert(start, pre);
                if (c == '\u0BCA' || c == '\u0BCB') {
                    out.append('\u0BBE');
                } else if (c == '\u0BCC') {
                    out.append('\u0BD7');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isReordered(char c) {
        return c >= '\u0BC6' && c <= '\u0BC8' || c >= '\u0BCA' && c <= '\u0BCC';
    }

    private static boolean isConsonant(char c) {
        return c >= '\u0B95' && c <= '\u0BB9';
    }

    /** Where the consonant (or the conjunct க்ஷ) that ends {@code out} begins; -1 when it ends otherwise. */
    private static int clusterStart(StringBuilder out) {
        int last = out.length() - 1;
        if (last < 0 || !isConsonant(out.charAt(last))) {
            return -1;
        }
        if (last >= 2 && out.charAt(last) == '\u0BB7' && out.charAt(last - 1) == '\u0BCD' && out.charAt(last - 2) == '\u0B95') {
            return last - 2;
        }
        return last;
    }
}
