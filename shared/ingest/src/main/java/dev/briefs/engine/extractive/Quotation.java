package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quoted passage of one paragraph. A quotation left open at the end of its paragraph is the journalistic convention
 * for a quote that goes on in the next paragraph: it ends with its paragraph ({@code closed} is false).
 *
 * @param paragraph the paragraph index
 * @param open      offset of the opening mark (of the text, for a block quotation without marks)
 * @param end       offset after the closing mark (after the text when there is none)
 * @param textStart offset of the quoted words
 * @param textEnd   offset after the quoted words
 * @param closed    whether a closing mark ends it
 */
record Quotation(int paragraph, int open, int end, int textStart, int textEnd, boolean closed) {

    private static final String DOUBLE_MARKS = "\"“”„«»";
    private static final String SINGLE_MARKS = "'‘’‚‹›";
    /** An interview answer: "A:", "A.", "R:" (respuesta, réponse), "О:" (ответ), then the words. */
    private static final Pattern ANSWER = Pattern.compile("(?:A|R|О|Antwort|Answer)\\s?[:.]\\s+(?=\\S)");
    /** ", — said Ivanov. — " or ", — Ivanov said, — " inside a quotation: the verb is one of its first two words. */
    private static final Pattern INNER_ATTRIBUTION = Pattern.compile(
            "[,.!?…]?\\s+[—–]\\s+(\\p{L}+)\\s+(\\p{L}+)[^—–«»“”\"]{0,80}?[.,]\\s+[—–]\\s+(?=\\S)");
    /** A trailing "— Jane Doe" credit inside a block quotation. */
    private static final Pattern BLOCK_CREDIT = Pattern.compile("\\s+[—–-]{1,2}\\s*\\p{Lu}[^—–]{1,60}$");

    /** Finds the quotations of the paragraph {@code body[from, to)}. */
    static List<Quotation> find(String body, int paragraph, int from, int to, boolean blockQuote) {
        List<Quotation> found = scan(body, paragraph, from, to, DOUBLE_MARKS);
        if (found.isEmpty() && !containsAny(body, from, to, DOUBLE_MARKS)) {
            found = scan(body, paragraph, from, to, SINGLE_MARKS);
        }
        if (found.isEmpty() && blockQuote) {
            Matcher credit = BLOCK_CREDIT.matcher(body).region(from, to);
            int textEnd = credit.find() ? credit.start() : to;
            found = List.of(new Quotation(paragraph, from, textEnd, from, textEnd, false));
        }
        if (found.isEmpty()) {
            Matcher answer = ANSWER.matcher(body).region(from, to);
            if (answer.lookingAt() && answer.end() < to) {
                // "A: …" in an interview: the answer is the interviewee's quotation, without marks.
                found = List.of(new Quotation(paragraph, from, to, answer.end(), to, false));
            }
        }
        List<Quotation> split = new ArrayList<>();
        for (Quotation quotation : found) {
            split.addAll(splitAtDashAttribution(body, quotation));
        }
        return split;
    }

    /**
     * «Текст, — сказал Иванов. — Ещё текст»: Russian (and some French and Spanish) writing puts the attribution
     * inside the marks, between dashes. The quotation becomes two, and the attribution stands between them.
     */
    private static List<Quotation> splitAtDashAttribution(String body, Quotation quotation) {
        Matcher inner = INNER_ATTRIBUTION.matcher(body).region(quotation.textStart(), quotation.textEnd());
        if (!inner.find() || !Speech.isVerb(inner.group(1)) && !Speech.isVerb(inner.group(2))) {
            return List.of(quotation);
        }
        List<Quotation> parts = new ArrayList<>();
        add(parts, body, quotation.paragraph(), quotation.open(), inner.start(), inner.start(), true);
        int secondStart = inner.end() - 1;
        if (secondStart < quotation.textEnd()) {
            add(parts, body, quotation.paragraph(), secondStart, quotation.end(), quotation.textEnd(), quotation.closed());
        }
        return parts.isEmpty() ? List.of(quotation) : parts;
    }

    /**
     * Pairs marks by position rather than by glyph, because articles mix styles: a mark after a space opens, a mark
     * before a space or punctuation closes. Glyphs only break ties ("“" rather opens, "”" rather closes).
     */
    private static List<Quotation> scan(String body, int paragraph, int from, int to, String marks) {
        List<Quotation> found = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (marks.indexOf(c) < 0) {
                continue;
            }
            boolean afterGap = i == from || opensAfter(body.charAt(i - 1));
            boolean beforeGap = i + 1 == to || closesBefore(body.charAt(i + 1));
            if (open < 0) {
                if (afterGap && !beforeGap || afterGap && (c == '“' || c == '„' || c == '«')) {
                    open = i;
                }
            } else if (beforeGap && !afterGap || beforeGap && (c == '”' || c == '»' || c == '“')) {
                add(found, body, paragraph, open, i + 1, i, true);
                open = -1;
            } else if (afterGap && !beforeGap && (c == '“' || c == '„' || c == '«') && marks == DOUBLE_MARKS) {
                // A second opening mark: the first quotation was never closed in this paragraph.
                add(found, body, paragraph, open, i, i, false);
                open = i;
            }
        }
        // Apostrophes look like single marks; only a double mark is trusted to run on to the next paragraph.
        if (open >= 0 && marks == DOUBLE_MARKS) {
            add(found, body, paragraph, open, to, to, false);
        }
        return found;
    }

    private static void add(List<Quotation> found, String body, int paragraph, int open, int end, int textEnd,
                            boolean closed) {
        int textStart = open + 1;
        while (textStart < textEnd && isSpace(body.charAt(textStart))) {
            textStart++;
        }
        while (textEnd > textStart && (isSpace(body.charAt(textEnd - 1)) || body.charAt(textEnd - 1) == ',')) {
            textEnd--;
        }
        if (textEnd > textStart) {
            found.add(new Quotation(paragraph, open, end, textStart, textEnd, closed));
        }
    }

    /** Whitespace, the no-break spaces of French typography included. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean opensAfter(char previous) {
        return Character.isWhitespace(previous) || "([{—–-/:;".indexOf(previous) >= 0
                || DOUBLE_MARKS.indexOf(previous) >= 0;
    }

    private static boolean closesBefore(char next) {
        return Character.isWhitespace(next) || ".,;:!?)]}—–-…".indexOf(next) >= 0 || DOUBLE_MARKS.indexOf(next) >= 0
                || SINGLE_MARKS.indexOf(next) >= 0;
    }

    private static boolean containsAny(String body, int from, int to, String marks) {
        for (int i = from; i < to; i++) {
            if (marks.indexOf(body.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether this is an interview answer ("A: …"), whose speaker is the interviewee. */
    boolean isAnswer(String body) {
        return textStart > open && ANSWER.matcher(body).region(open, textStart).useTransparentBounds(true).matches();
    }

    /** The quoted words. */
    String text(String body) {
        return body.substring(textStart, textEnd);
    }

    /** The number of words quoted. */
    int words(String body) {
        return Tokenizer.words(body, textStart, textEnd).size();
    }

    /** Whether the quoted words read as a statement: a capital start or several words, ending like a sentence. */
    boolean readsAsSpeech(String body) {
        String text = text(body);
        char last = text.charAt(text.length() - 1);
        return words(body) >= 5 && (Character.isUpperCase(text.charAt(0)) || ".!?…".indexOf(last) >= 0);
    }
}
