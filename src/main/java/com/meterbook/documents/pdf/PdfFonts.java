package com.meterbook.documents.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts of one document, embedded as subsets the first time a glyph needs them. A string is split
 * into runs by the first font of its face's chain that has each character (Noto Sans, Noto Sans
 * Tamil, Droid Sans Fallback); spaces and marks stay in the run they follow; a character no font
 * has prints as '?'.
 */
public final class PdfFonts {

    /** Part of a string drawn with one font. */
    record Run(String text, FontFiles.File file) {
        /** The characters in the order their glyphs are drawn. */
        String drawn() {
            return file.tamil ? TamilOrder.visual(text) : text;
        }
    }

    private final PDDocument document;
    private final FontFiles files = FontFiles.current();
    private final Map<FontFiles.File, PDType0Font> embedded = new EnumMap<>(FontFiles.File.class);

    public PdfFonts(PDDocument document) {
        this.document = document;
    }

    List<Run> runs(String text, Face face) {
        List<FontFiles.File> chain = FontFiles.CHAINS.get(face);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        FontFiles.File currentFile = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            FontFiles.File file = null;
            boolean neutral = Character.isWhitespace(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
            if (neutral && currentFile != null && files.has(currentFile, cp)) {
                file = currentFile;
            }
            for (int f = 0; file == null && f < chain.size(); f++) {
                if (files.has(chain.get(f), cp)) {
                    file = chain.get(f);
                }
            }
            if (file == null) {
                cp = '?';
                file = chain.getFirst();
            }
            if (file != currentFile && !current.isEmpty()) {
                runs.add(new Run(current.toString(), currentFile));
                current.setLength(0);
            }
            currentFile = file;
            current.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), currentFile));
        }
        return runs;
    }

    PDType0Font font(FontFiles.File file) {
        return embedded.computeIfAbsent(file, f -> {
            try {
                return PDType0Font.load(document, files.font(f), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The width of {@code text} in points. */
    public float width(String text, Face face, float size) {
        float width = 0;
        try {
            for (Run run : runs(text, face)) {
                width += font(run.file()).getStringWidth(run.drawn()) / 1000f * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return width;
    }

    /** Draws {@code text} with its baseline starting at (x, y). */
    public void show(PDPageContentStream content, String text, Face face, float size, float x, float y) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.newLineAtOffset(x, y);
        for (Run run : runs(text, face)) {
            content.setFont(font(run.file()), size);
            String drawn = run.drawn();
            if (drawn.equals(run.text())) {
                content.showText(drawn);
            } else {
                COSDictionary span = new COSDictionary();
                span.setItem(COSName.ACTUAL_TEXT, new COSString(run.text()));
                content.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(span));
                content.showText(drawn);
                content.endMarkedContent();
            }
        }
        content.endText();
    }

    /** {@code text} cut with an ellipsis to fit {@code max} points. */
    public String fit(String text, Face face, float size, float max) {
        if (width(text, face, size) <= max) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…", face, size) > max) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.codePointCount(0, cut.length()), -1));
        }
        return cut + "…";
    }
}
