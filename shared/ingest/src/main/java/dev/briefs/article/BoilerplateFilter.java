package dev.briefs.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes what is on the page but not in the story: trailing lists of other headlines ("Read also", "Related",
 * "Most read"), share and subscribe prompts, cookie notices and advertisement markers.
 */
public final class BoilerplateFilter {

    /** Subheads that open a list of other stories; everything from there to the end is not the article. */
    private static final Pattern TRAILING_SECTION = Pattern.compile(
            "^(related (articles?|stories|coverage|news|content|posts|reading|topics)"
                    + "|more (from|on|stories|news|in)\\b.*|most (read|popular|viewed|shared)|trending( now)?|recommended( for you)?"
                    + "|you (may|might) (also )?like|popular( now| stories)?|top stories|latest (news|stories)|further reading)\\s*:?$");

    /** Lines that are page furniture wherever they stand. */
    private static final Pattern FURNITURE = Pattern.compile(
            "^(advertisement|advert|sponsored( content)?|share( this( article| story)?)?( on \\w+)?|share on (facebook|twitter|x|linkedin|whatsapp)"
                    + "|follow us( on .*)?|sign up for .*newsletter.*|subscribe( now)?( to .*)?|click here to .*|skip to (main )?content"
                    + "|we use cookies.*|this (web)?site uses cookies.*|accept (all )?cookies|cookie (settings|preferences|policy)"
                    + "|(photo|image|video)( credit)?:.*|copyright ©.*|© \\d{4}.*|all rights reserved\\.?|print|email|comments?( \\(\\d+\\))?"
                    + "|back to top|tags?:.*|-|–|—|•"
                    // A print page's jump head, "JAIL, from A1" (its jump lines are FurnitureLines' [jump] cues).
                    + "|[\\p{L} ]{2,30}, from (page )?[a-z]?\\d{1,3})$");
    /** A page label of print: "A6", "12", "Page B2". */
    private static final Pattern PAGE_LABEL = Pattern.compile("(?:page )?[a-z]?\\d{1,3}");
    /** The separators of a running head's parts. */
    private static final Pattern RUNNING_HEAD_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+");
    /** A running head's parts are labels and dates, not sentences. */
    private static final int MAX_RUNNING_HEAD_PART_WORDS = 5;
    /** A paragraph this long after a box of links is the story going on, longer than a teaser's summary. */
    private static final int MIN_STORY_PROSE_WORDS = 30;
    /** Compiled once: every block of every page is normalised with it. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private BoilerplateFilter() {
    }

    /** The blocks that belong to the story, in order. */
    public static List<Block> filter(List<Block> blocks) {
        List<Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            int box = relatedBox(blocks, i);
            if (box >= 0) {
                i = box; // a box of links inside the story: the story goes on after it
            } else if (opensTrailingSection(blocks, i)) {
                break;
            } else if (!isFurniture(block.text())) {
                kept.add(block);
            }
        }
        return kept;
    }

    /**
     * A box of related links inside the story ("Lesen Sie auch" over a headline or two, then the story goes on): the
     * index of its last block when a paragraph of the story follows it, else -1. Its first block after the subhead is
     * a headline whatever its shape ("…: lo faranno i produttori?"); the next ones are headline-shaped.
     */
    private static int relatedBox(List<Block> blocks, int heading) {
        if (!FurnitureLines.isRelatedHeading(TextBlocks.clean(blocks.get(heading).text()))) {
            return -1;
        }
        int last = heading;
        while (last + 1 < blocks.size() && !isStoryProse(blocks.get(last + 1))
                && (last == heading || isHeadlineShaped(blocks.get(last + 1)))) {
            last++;
        }
        return last + 1 < blocks.size() && isStoryProse(blocks.get(last + 1)) ? last : -1;
    }

    private static boolean isHeadlineShaped(Block block) {
        return block.kind() == Block.Kind.HEADING || block.kind() == Block.Kind.LIST_ITEM
                || TextBlocks.looksLikeHeading(TextBlocks.clean(block.text()));
    }

    /** A paragraph of the story rather than a teaser's: a few sentences' length, ending as a sentence does. */
    private static boolean isStoryProse(Block block) {
        String text = TextBlocks.clean(block.text());
        return block.kind() == Block.Kind.PARAGRAPH && WHITESPACE.split(text).length >= MIN_STORY_PROSE_WORDS
                && ".!?\"”»".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /**
     * Whether a line is page furniture: a share prompt, a cookie notice, a lone list marker, a print page's head, or a
     * line of one of {@link FurnitureLines}' shapes (a breadcrumb trail, a release line, a stamp, a related link).
     */
    public static boolean isFurniture(String text) {
        String normalised = normalise(text);
        return FURNITURE.matcher(normalised).matches() || isRunningHead(normalised)
                || FurnitureLines.isFurniture(TextBlocks.clean(text));
    }

    /**
     * A print page's running head, "THE X GAZETTE | THURSDAY, MARCH 12, 2026 | A1" or "Page A6 · Local": parts
     * between bars or dots, one of them a page label, none of them a sentence.
     */
    private static boolean isRunningHead(String normalised) {
        if (!hasRunningHeadSeparator(normalised)) {
            return false; // most lines: the split below is then the line whole, one part
        }
        String[] parts = RUNNING_HEAD_SEPARATOR.split(normalised);
        if (parts.length < 2) {
            return false;
        }
        boolean paged = false;
        for (String part : parts) {
            paged |= PAGE_LABEL.matcher(part).matches();
            if (part.split(" ").length > MAX_RUNNING_HEAD_PART_WORDS) {
                return false;
            }
        }
        return paged;
    }

    /** Whether the line holds a character that {@link #RUNNING_HEAD_SEPARATOR} needs. */
    private static boolean hasRunningHeadSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|' || c == '·' || c == '•') {
                return true;
            }
        }
        return false;
    }

    /** Whether a line is the subhead of a list of other stories. */
    public static boolean isTrailingSectionHeading(String text) {
        return TRAILING_SECTION.matcher(normalise(text)).matches() || FurnitureLines.isRelatedHeading(TextBlocks.clean(text));
    }

    /*
     * A "Related" subhead only ends the story when what follows is a list of headlines rather than prose:
     * a paragraph can legitimately start with "Read more about..." in the middle of an article.
     */
    private static boolean opensTrailingSection(List<Block> blocks, int index) {
        Block block = blocks.get(index);
        if (block.kind() == Block.Kind.PARAGRAPH && block.text().length() > 40) {
            return false;
        }
        if (!isTrailingSectionHeading(block.text())) {
            return false;
        }
        int prose = 0;
        for (int i = index + 1; i < blocks.size(); i++) {
            Block next = blocks.get(i);
            if (next.kind() == Block.Kind.PARAGRAPH && WHITESPACE.split(next.text()).length > 60) {
                prose++;
            }
        }
        return prose <= 1;
    }

    /** The line in lower case, each run of a pattern's {@code \s} one space: a scan, since every block is read. */
    private static String normalise(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean inRun = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }
}
