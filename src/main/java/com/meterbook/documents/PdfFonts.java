package com.meterbook.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded fonts of one document, loaded when first needed (subset embedding): Noto Sans for
 * Latin, then Noto Sans Tamil and Droid Sans Fallback (CJK) for characters Noto Sans lacks. Text is
 * drawn in runs, each in the first font that has its characters.
 */
final class PdfFonts {

    private static final String DIR = "/com/meterbook/documents/fonts/";

    private final PDDocument document;
    private final Map<String, PDFont> loaded = new LinkedHashMap<>();

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** Draws {@code text} at the current text position, regular or bold. */
    void show(PDPageContentStream page, String text, boolean bold, float size) throws IOException {
        for (Run run : runs(text, bold)) {
            page.setFont(run.font, size);
            page.showText(run.text);
        }
    }

    float width(String text, boolean bold, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text, bold)) {
            width += run.font.getStringWidth(run.text) / 1000 * size;
        }
        return width;
    }

    private record Run(PDFont font, String text) {
    }

    private List<Run> runs(String text, boolean bold) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont font = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            PDFont f = Character.isISOControl(cp) ? null : fontFor(ch, bold);
            if (f == null) {
                f = fontFor(" ", bold);
                ch = Character.isISOControl(cp) ? " " : "?";
            }
            if (f != font && !current.isEmpty()) {
                runs.add(new Run(font, current.toString()));
                current.setLength(0);
            }
            font = f;
            current.append(ch);
            i += Character.charCount(cp);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(font, current.toString()));
        }
        return runs;
    }

    private PDFont fontFor(String ch, boolean bold) {
        List<String> order = bold ? List.of("NotoSans-Bold.ttf", "NotoSansTamil-Bold.ttf", "DroidSansFallbackFull.ttf")
                : List.of("NotoSans-Regular.ttf", "NotoSansTamil-Regular.ttf", "DroidSansFallbackFull.ttf");
        for (String name : order) {
            PDFont f = font(name);
            if (encodes(f, ch)) {
                return f;
            }
        }
        return null;
    }

    private static boolean encodes(PDFont font, String ch) {
        try {
            font.encode(ch);
            return font.getStringWidth(ch) > 0 || Character.isWhitespace(ch.codePointAt(0));
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private PDFont font(String name) {
        return loaded.computeIfAbsent(name, n -> {
            try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + n)) {
                if (in == null) {
                    throw new IllegalStateException("font " + n + " is missing from the application");
                }
                return PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
