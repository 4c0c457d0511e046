package com.meterbook.domain;

import java.util.Comparator;

/**
 * Orders strings by Unicode code point, the order the contract gives record ids in.
 * {@link String#compareTo} compares UTF-16 units instead, which puts characters above U+FFFF
 * (surrogate pairs, 0xD800..0xDFFF) before U+E000..U+FFFF.
 */
public final class CodePointOrder {

    public static final Comparator<String> COMPARATOR = CodePointOrder::compare;

    private CodePointOrder() {
    }

    public static int compare(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(i);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
        }
        return Integer.compare(a.length(), b.length());
    }
}
