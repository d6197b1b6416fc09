package io.kamdesk.adapter.out.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text in two scripts on a PDF page: Bangla runs in the Bengali font (whose GSUB tables PDFBox
 * applies, so conjuncts and vowel signs are shaped), everything else in the Latin one. A PDF font
 * has no fallback of its own, so a line is cut into runs of one script each.
 */
final class PdfText {

    private final PDFont latin;
    private final PDFont bengali;

    PdfText(PDFont latin, PDFont bengali) {
        this.latin = latin;
        this.bengali = bengali;
    }

    /** Writes {@code text} with its left end at (x, y). */
    void show(PDPageContentStream page, String text, float x, float y, float size) {
        try {
            float at = x;
            for (Run run : runs(clean(text))) {
                page.beginText();
                page.setFont(run.font(), size);
                page.newLineAtOffset(at, y);
                page.showText(run.text());
                page.endText();
                at += width(run, size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} with its right end at x. */
    void showRight(PDPageContentStream page, String text, float x, float y, float size) {
        show(page, text, x - width(text, size), y, size);
    }

    float width(String text, float size) {
        return (float) runs(clean(text)).stream().mapToDouble(run -> width(run, size)).sum();
    }

    /** The longest head of {@code text} that fits {@code width}, cut at a space where one is. */
    List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        String rest = clean(text).strip();
        while (!rest.isEmpty()) {
            int end = rest.length();
            while (end > 1 && width(rest.substring(0, end), size) > width) {
                int space = rest.lastIndexOf(' ', end - 1);
                end = space > 0 ? space : end - 1;
            }
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return lines;
    }

    private float width(Run run, float size) {
        try {
            return run.font().getStringWidth(run.text()) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        }
    }

    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont font = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            PDFont wanted = isBengali(codePoint) || (font == bengali && isJoiner(codePoint)) ? bengali : latin;
            if (font != null && wanted != font) {
                runs.add(new Run(font, current.toString()));
                current.setLength(0);
            }
            font = wanted;
            current.appendCodePoint(printable(wanted, codePoint));
            i += Character.charCount(codePoint);
        }
        if (font != null) {
            runs.add(new Run(font, current.toString()));
        }
        return runs;
    }

    /** A character neither font has is drawn as a question mark rather than failing the document. */
    private static int printable(PDFont font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return codePoint;
        } catch (IOException | IllegalArgumentException e) {
            return '?';
        }
    }

    /** Line breaks and tabs become spaces: a cell is one line. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
    }

    private static boolean isBengali(int codePoint) {
        return codePoint >= 0x0980 && codePoint <= 0x09FF;
    }

    /** Zero-width (non-)joiners and the danda belong to the Bangla run they sit in. */
    private static boolean isJoiner(int codePoint) {
        return codePoint == 0x200C || codePoint == 0x200D || codePoint == 0x0964 || codePoint == 0x0965;
    }

    private record Run(PDFont font, String text) {
    }
}
