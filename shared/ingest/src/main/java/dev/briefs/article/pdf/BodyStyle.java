package dev.briefs.article.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the document sets its running text, the yardstick for telling subheads, titles and paragraph breaks apart.
 *
 * @param fontSize    the size most of the text is set in
 * @param bold        whether most of the text is bold (then bold marks nothing)
 * @param lineSpacing the usual distance between the baselines of two lines of a paragraph
 * @param lineWidth   the width of a full line of running text
 */
record BodyStyle(float fontSize, boolean bold, float lineSpacing, float lineWidth) {

    /** Single spacing, for a document with no two lines of running text in a row to measure. */
    private static final float DEFAULT_LEADING = 1.2f;

    static BodyStyle of(List<PdfLine> lines) {
        if (lines.isEmpty()) {
            return new BodyStyle(12, false, 12 * DEFAULT_LEADING, 0);
        }
        // Sizes rounded to half points, weighted by characters: the size of most of the text, not of most lines.
        Map<Float, Integer> characters = new HashMap<>();
        int boldCharacters = 0;
        int allCharacters = 0;
        for (PdfLine line : lines) {
            characters.merge(Math.round(line.fontSize() * 2) / 2f, line.text().length(), Integer::sum);
            boldCharacters += line.bold() ? line.text().length() : 0;
            allCharacters += line.text().length();
        }
        float fontSize = Collections.max(characters.entrySet(), Map.Entry.comparingByValue()).getKey();

        List<Float> spacings = new ArrayList<>();
        List<Float> widths = new ArrayList<>();
        PdfLine previous = null;
        for (PdfLine line : lines) {
            boolean running = Math.abs(line.fontSize() - fontSize) <= 0.5f;
            if (running) {
                widths.add(line.width());
            }
            if (running && previous != null && line.follows(previous) && previous.sameSize(line)
                    && line.baseline() - previous.baseline() < 3 * fontSize) {
                spacings.add(line.baseline() - previous.baseline());
            }
            previous = line;
        }
        float lineSpacing = spacings.isEmpty() ? fontSize * DEFAULT_LEADING : quantile(spacings, 0.5);
        // Most lines of a paragraph are full; the 80th percentile skips the short last lines and any stray wide one.
        float lineWidth = widths.isEmpty() ? 0 : quantile(widths, 0.8);
        return new BodyStyle(fontSize, boldCharacters > allCharacters / 2, lineSpacing, lineWidth);
    }

    /** Whether a line is set larger or, in a document set in regular weight, bolder than the running text. */
    boolean isEmphasised(PdfLine line) {
        return line.fontSize() >= fontSize * 1.15f || line.bold() && !bold;
    }

    private static float quantile(List<Float> values, double quantile) {
        List<Float> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size())));
    }
}
