package dev.briefs.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises what a line of a text article is: a subhead, a stand-alone quotation, a list item or prose. */
final class TextBlocks {

    private static final Pattern LIST_MARKER = Pattern.compile("^([-*•–]|\\d{1,3}[.)])\\s+");
    private static final String OPENING_QUOTES = "\"“‘«„";
    private static final String CLOSING_QUOTES = "\"”’»“";

    /**
     * A byline: "By Jane Doe", "By a staff reporter", "By Jane Doe, Health Correspondent" (one short line), and its
     * forms in the languages the engine reads ("Por", "Par", "Di", "Von", "От"), which must name someone.
     */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?i:by)\\s+([\\p{L}][^.!?:;]{1,80})|(?i:por|par|di|von|door|от|автор:?)\\s+(\\p{Lu}[^.!?:;]{1,80}))$");
    private static final int MAX_BYLINE_WORDS = 10;
    /** A reading time after the author, as pages print it: "Jane Doe · 6 min read". */
    private static final Pattern READING_TIME = Pattern.compile("\\s*[·|•–-]?\\s*\\d+\\s*min(?:ute)?s?\\s+read\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_HEADLINE_WORDS = 30;
    private static final int MIN_PROSE_WORDS = 12;
    /** How long a line of text wrapped at the usual width is when it is full enough to run on into the next. */
    private static final int FILLED_LINE = 50;
    /** How many lines that run on into another a narrow column needs to tell its width. */
    private static final int MIN_RUNNING_LINES = 10;
    /** The share of a narrow column's usual width a line fills when it runs on into the next. */
    private static final int FILLED_SHARE_PERCENT = 80;
    /** A line in capitals of a few words is a dateline ("BAAR, SWITZERLAND"), not a headline. */
    private static final int MAX_DATELINE_WORDS = 5;

    private TextBlocks() {
    }

    /**
     * The author named by a byline line ("By Jane Doe" and "By Jane Doe, Health Correspondent" give "Jane Doe"), or null
     * when the line is none.
     */
    static String byline(String line) {
        String text = clean(line);
        Matcher matcher = BYLINE.matcher(text);
        if (!matcher.matches() || text.split(" ").length > MAX_BYLINE_WORDS) {
            return null;
        }
        String author = READING_TIME.matcher(matcher.group(1) != null ? matcher.group(1) : matcher.group(2))
                .replaceFirst("").strip();
        return withoutPosts(author);
    }

    /** The byline's names without the reporter's post after them: "Jane Doe, Health Correspondent" gives "Jane Doe". */
    private static String withoutPosts(String author) {
        String[] pieces = author.split(",");
        StringBuilder names = new StringBuilder(pieces[0].strip());
        for (int i = 1; i < pieces.length; i++) {
            if (!FurnitureLines.isNewsroomPost(pieces[i])) {
                names.append(", ").append(pieces[i].strip());
            }
        }
        return names.toString();
    }

    /**
     * Whether the first line of a text file is the story's first paragraph rather than a headline: headlines are
     * short and do not end like a sentence, so a long line, or one of a dozen words or more that ends with a full
     * stop, is prose; so is a dateline in capitals.
     */
    static boolean isParagraph(String line) {
        String text = clean(line);
        int words = text.isEmpty() ? 0 : text.split(" ").length;
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        boolean dateline = words <= MAX_DATELINE_WORDS && text.equals(text.toUpperCase(java.util.Locale.ROOT))
                && text.chars().anyMatch(Character::isUpperCase);
        return dateline || words > MAX_HEADLINE_WORDS || words >= MIN_PROSE_WORDS && ".\"”»".indexOf(last) >= 0;
    }

    /** Classifies one logical line. {@code hasFollower} says whether more text follows it. */
    static Block classify(String line, boolean hasFollower) {
        String text = clean(line);
        if (LIST_MARKER.matcher(text).find()) {
            return new Block(Block.Kind.LIST_ITEM, LIST_MARKER.matcher(text).replaceFirst(""));
        }
        if (isQuotation(text)) {
            return new Block(Block.Kind.QUOTE, text);
        }
        if (hasFollower && looksLikeHeading(text)) {
            return Block.heading(text);
        }
        return Block.paragraph(text);
    }

    /** Collapses runs of whitespace (non-breaking spaces included) to one space. */
    static String clean(String line) {
        // A loop rather than a pattern: every line is cleaned, some several times, and most have nothing to change,
        // so a line without a run of spaces or another kind of space is only stripped, not copied.
        if (!hasSpaceToCollapse(line)) {
            return line.strip();
        }
        StringBuilder out = new StringBuilder(line.length());
        boolean inRun = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean space = isCollapsedSpace(c);
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString().strip();
    }

    /** Whether {@link #clean} changes more than the line's ends: a space other than a lone ASCII one. */
    private static boolean hasSpaceToCollapse(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isCollapsedSpace(c) && (c != ' ' || i > 0 && line.charAt(i - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** The ASCII whitespace of a pattern's {@code \s}, the no-break space and the Unicode spaces pages use. */
    private static boolean isCollapsedSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c >= '\u2000' && c <= '\u200B' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** A subhead: short, capitalised, without the punctuation that ends a sentence or introduces a quote. */
    static boolean looksLikeHeading(String text) {
        if (text.isEmpty() || text.length() > 90) {
            return false;
        }
        int words = text.split(" ").length;
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return words <= 12 && (Character.isUpperCase(first) || Character.isDigit(first))
                && ".!?:;,\"”’»)".indexOf(last) < 0;
    }

    /** A line that is nothing but one quotation: it opens and closes with quotation marks. */
    static boolean isQuotation(String text) {
        return text.length() > 2 && OPENING_QUOTES.indexOf(text.charAt(0)) >= 0
                && endsWithClosingQuote(text);
    }

    private static boolean endsWithClosingQuote(String text) {
        int end = text.length() - 1;
        // A quotation may end with its closing mark followed by sentence punctuation: “...”.
        while (end > 0 && ".,;".indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        return CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0;
    }

    /**
     * Whether a line continues on the next one rather than ending a paragraph. In hard-wrapped text any line that does
     * not end a sentence continues; elsewhere only a line followed by a lower-case start does.
     */
    static boolean continuesOnNextLine(String line, String next, boolean hardWrapped, int filledLength) {
        if (line.isEmpty() || next.isEmpty() || LIST_MARKER.matcher(next).find()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        boolean sentenceEnds = ".!?:\"”’»)".indexOf(last) >= 0;
        if (Character.isLowerCase(next.charAt(0)) && !sentenceEnds) {
            return true;
        }
        return hardWrapped && line.length() >= filledLength && !sentenceEnds;
    }

    /**
     * How long a hard-wrapped line must be to run on into the next: {@link #FILLED_LINE} characters, or less where the
     * text is set in a narrow column, as a print page's text extracts ("… the Island Ferry Users" /
     * "Group welcomed …"): most of the width its lines that run on into another fill, half of them at least so long.
     */
    static int filledLength(String[] lines) {
        List<Integer> running = runningLengths(lines);
        if (running.isEmpty()) {
            return FILLED_LINE;
        }
        Collections.sort(running);
        int median = running.get(running.size() / 2);
        return Math.min(FILLED_LINE, median * FILLED_SHARE_PERCENT / 100);
    }

    /**
     * The lengths of the lines that end no sentence and have another line right below them, as wrapped lines do; or
     * none when there are too few to tell a column's width, or when most of the lines below them open in capitals
     * or figures, as the items of a list or a timetable do, where the words of wrapped prose run on in lower case.
     */
    private static List<Integer> runningLengths(String[] lines) {
        List<Integer> running = new ArrayList<>();
        int lowerCaseNext = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i].strip();
            String next = lines[i + 1].strip();
            if (!line.isEmpty() && !next.isEmpty() && ".!?:\"”’»)".indexOf(line.charAt(line.length() - 1)) < 0) {
                running.add(line.length());
                lowerCaseNext += Character.isLowerCase(next.charAt(0)) ? 1 : 0;
            }
        }
        return running.size() >= MIN_RUNNING_LINES && 2 * lowerCaseNext >= running.size() ? running : List.of();
    }

    /**
     * Text wrapped at a fixed width: no line longer than 100 characters, and several filled close to it or, in a
     * narrow column, many that run on into the line below.
     */
    static boolean isHardWrapped(String[] lines) {
        int longest = 0;
        int filled = 0;
        for (String line : lines) {
            int length = line.strip().length();
            longest = Math.max(longest, length);
            filled += length >= 60 ? 1 : 0;
        }
        return longest <= 100 && (filled >= 3 || !runningLengths(lines).isEmpty());
    }
}
