package com.meterbook.ui.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** The previewed PDF, kept open so that turning a page renders only that page (on a worker thread). */
final class PagePreview {

    /** How many pixels a PDF point becomes: 1.4 is about 100 dpi. */
    static final float SCALE = 1.4f;

    record Page(BufferedImage image, int index, int count) {
    }

    private PDDocument document;

    synchronized Page open(byte[] pdf, int index) throws IOException {
        clear();
        document = Loader.loadPDF(pdf);
        return render(index);
    }

    synchronized Page render(int index) throws IOException {
        if (document == null) {
            throw new IllegalStateException("nothing is previewed");
        }
        BufferedImage image = new PDFRenderer(document).renderImage(index, SCALE, ImageType.RGB);
        return new Page(image, index, document.getNumberOfPages());
    }

    synchronized void clear() {
        if (document != null) {
            try {
                document.close();
            } catch (IOException ignored) {
                // a document read from memory has nothing to release
            }
            document = null;
        }
    }
}
