package com.meterbook.documents.pdf;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * A4 pages written top to bottom with a cursor: a new page starts when the next block does not fit,
 * and runs {@link #onNewPage} (a repeated table header); {@link #finish} writes the footer with
 * "Page X of Y" on every page once the count is known. Pages are held in memory (a 10,000-line
 * statement is about 600 KB).
 */
public final class PdfPages implements AutoCloseable {

    public static final float WIDTH = PDRectangle.A4.getWidth();
    public static final float HEIGHT = PDRectangle.A4.getHeight();
    public static final float LEFT = 40;
    public static final float RIGHT = WIDTH - 40;
    public static final float TOP = HEIGHT - 48;
    public static final float BOTTOM = 52;
    public static final Color MUTED = new Color(0x59, 0x63, 0x6e);
    public static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    public static final Color WARNING = new Color(0xcf, 0x22, 0x2e);

    private final PDDocument document;
    private final PdfFonts fonts;
    private PDPageContentStream content;
    private float y;
    private Runnable onNewPage = () -> { };

    public PdfPages() {
        this.document = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
        this.fonts = new PdfFonts(document);
    }

    public PdfFonts fonts() {
        return fonts;
    }

    public PDDocument document() {
        return document;
    }

    /** What each page after a break starts with (drawn at the cursor). */
    public void onNewPage(Runnable action) {
        this.onNewPage = action;
    }

    public float y() {
        return y;
    }

    public void at(float newY) {
        y = newY;
    }

    public void down(float points) {
        y -= points;
    }

    public void newPage() {
        try {
            closeContent();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        onNewPage.run();
    }

    /** Starts a new page unless {@code height} points still fit above the footer. */
    public void need(float height) {
        if (content == null || y - height < BOTTOM) {
            newPage();
        }
    }

    public void text(String text, Face face, float size, float x) {
        text(text, face, size, x, Color.BLACK);
    }

    public void text(String text, Face face, float size, float x, Color color) {
        try {
            content.setNonStrokingColor(color);
            fonts.show(content, text, face, size, x, y);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Text ending at {@code right}. */
    public void right(String text, Face face, float size, float right) {
        text(text, face, size, right - fonts.width(text, face, size));
    }

    public void rule(float x1, float x2, float yAt, Color color, float width) {
        try {
            content.setStrokingColor(color);
            content.setLineWidth(width);
            content.moveTo(x1, yAt);
            content.lineTo(x2, yAt);
            content.stroke();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void fill(float x, float yAt, float w, float h, Color color) {
        try {
            content.setNonStrokingColor(color);
            content.addRect(x, yAt, w, h);
            content.fill();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Draws an image scaled to fit {@code maxW} x {@code maxH} with its top-left at (x, top); returns its width. */
    public float image(byte[] bytes, float x, float top, float maxW, float maxH) {
        try {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, "logo");
            float scale = Math.min(maxW / image.getWidth(), maxH / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            content.drawImage(image, x, top - h, w, h);
            return w;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes the footer (and a banner at the top, if any) on every page; returns the page count. */
    public int finish(String footerLeft, Optional<String> banner) throws IOException {
        closeContent();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.setStrokingColor(RULE);
                footer.setLineWidth(0.5f);
                footer.moveTo(LEFT, 40);
                footer.lineTo(RIGHT, 40);
                footer.stroke();
                footer.setNonStrokingColor(MUTED);
                fonts.show(footer, fonts.fit(footerLeft, Face.REGULAR, 7.5f, 400), Face.REGULAR, 7.5f, LEFT, 30);
                String page = "Page " + (i + 1) + " of " + pages;
                fonts.show(footer, page, Face.REGULAR, 7.5f, RIGHT - fonts.width(page, Face.REGULAR, 7.5f), 30);
                if (banner.isPresent()) {
                    footer.setNonStrokingColor(WARNING);
                    float w = fonts.width(banner.get(), Face.BOLD, 9);
                    fonts.show(footer, banner.get(), Face.BOLD, 9, (WIDTH - w) / 2, HEIGHT - 28);
                }
            }
        }
        return pages;
    }

    public void save(OutputStream out) throws IOException {
        document.save(out);
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeContent();
        document.close();
    }
}
