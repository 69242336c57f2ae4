package org.uncounted.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The headline report as PDF (PDFBox): the table, the charts and the methods appendix. The report's
 * text is English and ASCII after folding, so the standard Helvetica font serves and no font file
 * has to ship; labels in Korean or Chinese would need an embedded CJK font.
 */
final class HeadlinePdf {
    private static final float MARGIN = 40;
    private final PDDocument doc = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;

    private HeadlinePdf() {}

    static byte[] render(Headline h, String version) {
        HeadlinePdf pdf = new HeadlinePdf();
        try {
            pdf.write(h, version);
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.doc.save(out);
            pdf.doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Headline h, String version) throws IOException {
        newPage();
        text(bold, 16, "Headline figures, with their uncertainty");
        text(
                regular,
                9,
                String.format(
                        Locale.ROOT,
                        "%s cases used, %s left out for lack of consent; counts below %d"
                                + " are shown as <%d; counts rounded to base 5.",
                        HeadlineLine.count(h.casesUsed(), h.settings().threshold()),
                        HeadlineLine.count(h.casesExcluded(), h.settings().threshold()),
                        h.settings().threshold(),
                        h.settings().threshold()));
        y -= 6;
        String section = "";
        for (HeadlineLine l : h.lines()) {
            if (!l.section().equals(section)) {
                section = l.section();
                y -= 4;
                text(bold, 11, section);
            }
            String n = l.n() == null
                    ? (HeadlineHtml.isWithheld(l) ? "n <" + h.settings().threshold() : "")
                    : String.format(Locale.ROOT, "n = %,d", l.n());
            text(regular, 9, l.figure() + ": " + HeadlinePublic.format(l) + " " + l.unit() + "  " + n);
            text(regular, 7, "    " + l.method());
        }
        for (HeadlineCharts.Chart c : HeadlineCharts.all(h)) image(c);
        newPage();
        text(bold, 12, "Methods appendix (written from what ran)");
        for (String item : HeadlineMethods.describe(h, version)) text(regular, 8, "- " + item);
    }

    private void newPage() throws IOException {
        if (page != null) page.close();
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void text(PDType1Font font, float size, String s) throws IOException {
        for (String line : wrap(ascii(s), font, size, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
            if (y < MARGIN + size) newPage();
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN, y);
            page.showText(line);
            page.endText();
            y -= size * 1.35f;
        }
    }

    private void image(HeadlineCharts.Chart c) throws IOException {
        PDImageXObject img = PDImageXObject.createFromByteArray(doc, c.png(), c.title());
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        float height = img.getHeight() * width / img.getWidth();
        if (y - height < MARGIN) newPage();
        y -= height;
        page.drawImage(img, MARGIN, y, width, height);
        y -= 10;
    }

    private static List<String> wrap(String s, PDType1Font font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        out.add(line.toString());
        return out;
    }

    /** Folds text to what the standard fonts can show (accents dropped, dashes and symbols spelled). */
    static String ascii(String s) {
        String t = s.replace('\u2013', '-')
                .replace('\u2014', '-')
                .replace("\u00b7", "*")
                .replace("\u2212", "-")
                .replace("\u2265", ">=")
                .replace("\u2264", "<=")
                .replace("\u221e", "inf")
                .replace("\u00b2", "2");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
