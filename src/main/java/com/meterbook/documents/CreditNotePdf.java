package com.meterbook.documents;

import com.meterbook.documents.CreditNoteSheet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** A credit note on one A4 page: number, date, customer, what was disputed, amount, reason and deductions so far. */
public final class CreditNotePdf {

    private static final float MARGIN = 56;
    private static final float LABEL_WIDTH = 120;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final CreditNoteSheet sheet;
    private PDPageContentStream page;
    private PdfFonts fonts;
    private float y;

    private CreditNotePdf(CreditNoteSheet sheet) {
        this.sheet = sheet;
    }

    /** Writes the credit note to {@code out} (through a temporary file, so a failure leaves no half file). */
    public static void write(CreditNoteSheet sheet, Path out) {
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try (PDDocument document = new PDDocument()) {
            new CreditNotePdf(sheet).draw(document);
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            document.save(tmp.toFile());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private void draw(PDDocument document) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Credit note " + sheet.number());
        info.setCreator("Meterbook");
        PDPage a4 = new PDPage(PDRectangle.A4);
        document.addPage(a4);
        fonts = new PdfFonts(document);
        try (PDPageContentStream content = new PDPageContentStream(document, a4)) {
            page = content;
            y = PDRectangle.A4.getHeight() - MARGIN - 20;
            text(MARGIN, y, "Credit note", true, 22);
            text(MARGIN + WIDTH - fonts.width(sheet.number(), true, 14), y + 4, sheet.number(), true, 14);
            y -= 22;
            text(MARGIN, y, "Issued " + sheet.issuedOn() + " by " + sheet.entity(), false, 10);
            y -= 14;
            rule();
            y -= 28;
            row("Customer", sheet.account() + (sheet.customerName().isEmpty() ? "" : ", " + sheet.customerName()), false, 11);
            row("Disputed", sheet.disputed(), false, 11);
            row("Reason", sheet.reason(), false, 11);
            row("Amount (net of tax)", sheet.amount().format(), true, 14);
            y -= 6;
            rule();
            y -= 24;
            paragraph("The amount excludes tax. It is deducted from the customer's next invoice before tax is worked out, "
                    + "so that invoice's tax falls with it; what one cycle cannot use is deducted from the next.", 9.5f);
            y -= 12;
            List<String> deductions = sheet.deductions().isEmpty()
                    ? List.of("None yet: to be deducted at the customer's next cycle close.") : sheet.deductions();
            row("Deducted", String.join("\n", deductions), false, 10);
            row("Left to deduct", sheet.remaining().format(), false, 10);
        }
    }

    private void row(String label, String value, boolean bold, float size) throws IOException {
        text(MARGIN, y, label, false, 10);
        for (String part : value.split("\n")) {
            for (String line : wrap(part, WIDTH - LABEL_WIDTH, bold, size)) {
                text(MARGIN + LABEL_WIDTH, y, line, bold, size);
                y -= size * 1.45f;
            }
        }
        y -= 8;
    }

    private void paragraph(String value, float size) throws IOException {
        for (String line : wrap(value, WIDTH, false, size)) {
            text(MARGIN, y, line, false, size);
            y -= size * 1.45f;
        }
    }

    private List<String> wrap(String value, float width, boolean bold, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : value.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && fonts.width(candidate, bold, size) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private void text(float x, float at, String value, boolean bold, float size) throws IOException {
        page.beginText();
        page.newLineAtOffset(x, at);
        fonts.show(page, value, bold, size);
        page.endText();
    }

    private void rule() throws IOException {
        page.setLineWidth(0.6f);
        page.moveTo(MARGIN, y);
        page.lineTo(MARGIN + WIDTH, y);
        page.stroke();
    }
}
