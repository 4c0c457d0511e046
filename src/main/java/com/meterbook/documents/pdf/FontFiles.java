package com.meterbook.documents.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded fonts, parsed once per thread and shared by every document that thread writes (a
 * parsed font is read while a document is saved, so threads do not share one). Each face has a
 * fallback chain: Noto Sans, then Noto Sans Tamil, then Droid Sans Fallback for CJK.
 */
final class FontFiles {

    /** One font file of a chain. */
    enum File {
        SANS("NotoSans-Regular.ttf", true), SANS_BOLD("NotoSans-Bold.ttf", true), TAMIL("NotoSansTamil-Regular.ttf", false),
        TAMIL_BOLD("NotoSansTamil-Bold.ttf", false), CJK("DroidSansFallbackFull.ttf", false);

        final String resource;
        /** Latin needs no substitutions, and PDFBox's Latin GSUB worker compiles regular expressions on every string. */
        final boolean withoutGsub;
        final boolean tamil;

        File(String resource, boolean withoutGsub) {
            this.resource = resource;
            this.withoutGsub = withoutGsub;
            this.tamil = resource.contains("Tamil");
        }
    }

    static final Map<Face, List<File>> CHAINS = Map.of(
            Face.REGULAR, List.of(File.SANS, File.TAMIL, File.CJK),
            Face.BOLD, List.of(File.SANS_BOLD, File.TAMIL_BOLD, File.CJK));

    private static final ThreadLocal<FontFiles> PER_THREAD = ThreadLocal.withInitial(FontFiles::new);

    private final Map<File, TrueTypeFont> fonts = new EnumMap<>(File.class);
    private final Map<File, CmapLookup> cmaps = new EnumMap<>(File.class);

    static FontFiles current() {
        return PER_THREAD.get();
    }

    TrueTypeFont font(File file) {
        return fonts.computeIfAbsent(file, f -> {
            try (InputStream in = FontFiles.class.getResourceAsStream("/com/meterbook/documents/fonts/" + f.resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + f.resource + " is missing from the application");
                }
                byte[] bytes = in.readAllBytes();
                if (f.withoutGsub) {
                    hideTable(bytes, "GSUB");
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + f.resource + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Renames a table in the font's directory (to lower case) so that the parser and the subsetter
     * skip it; the table's bytes stay where they are.
     */
    static void hideTable(byte[] font, String tag) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (new String(font, at, 4, java.nio.charset.StandardCharsets.US_ASCII).equals(tag)) {
                byte[] hidden = tag.toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                System.arraycopy(hidden, 0, font, at, 4);
            }
        }
    }

    boolean has(File file, int codePoint) {
        CmapLookup cmap = cmaps.computeIfAbsent(file, f -> {
            try {
                return font(f).getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return cmap.getGlyphId(codePoint) > 0;
    }
}
