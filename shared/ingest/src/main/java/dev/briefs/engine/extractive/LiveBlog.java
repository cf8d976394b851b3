package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A live blog: blocks that open on a time of day ("16:42 - Dockworkers vote to end the strike", "9.40am", "10 p.m."), each
 * starting an entry that runs to the next entry or subhead. Most blogs put the newest entry first, so the story's
 * order is the blog's reversed: the latest development is the first entry, the state before is the last one.
 *
 * @param entries     the entries in the order of the page
 * @param newestFirst whether the times mostly fall down the page
 */
record LiveBlog(List<Entry> entries, boolean newestFirst) {

    /** Entries it takes to call a page a live blog rather than an article with a timed paragraph. */
    private static final int MIN_ENTRIES = 3;
    /**
     * The same when every entry's time stands as a block of its own, which no article's paragraph does: an update file
     * ("The Latest") may have only two entries yet.
     */
    private static final int MIN_STAMPED_ENTRIES = 2;
    /**
     * A time of day as live pages write it, in every language: "16:42", "9.40am", "10 p.m.", "19h48", "14.02 Uhr",
     * "14:02 GMT"; the zone or unit after it is of the language's [clock] words or English's.
     */
    private static final Map<String, Pattern> TIME_OF_DAY = Lexicon.perLanguage(language -> Pattern.compile(
            "^(\\d{1,2})(?:[:.h](\\d{2}))?(?:\\s?([ap])\\.?m\\.?)?(?:\\s?(?:" + Lexicon.anyPhrase(clockWords(language))
                    + "))?(?![\\d:.]\\d)(?=\\s|$|[,–—|·-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    /** The separator between an entry's time and its words: "19:48 – La corte…", "14.02 Uhr | Der Rat…". */
    private static final Pattern STAMP_SEPARATOR = Pattern.compile("\\s*[–—|·:-]\\s*");

    /**
     * One entry.
     *
     * @param first   the index of its first block of text: the timed one, or the one after a time standing alone
     * @param last    the index of its last block
     * @param minutes its time of day, in minutes after midnight
     */
    record Entry(int first, int last, int minutes) {

        boolean holds(int paragraph) {
            return first <= paragraph && paragraph <= last;
        }
    }

    /**
     * Where an entry's time stands.
     *
     * @param block   the index of the block that opens on it
     * @param minutes the time, in minutes after midnight
     * @param text    the index of the entry's first block of text: the same, or the next when the time stands alone
     */
    private record Stamp(int block, int minutes, int text) {
    }

    /** The page's live blog, or null when fewer than {@value #MIN_ENTRIES} blocks open on a time of day. */
    static LiveBlog of(SegmentedArticle text) {
        List<SegmentedArticle.Paragraph> paragraphs = text.paragraphs();
        List<Stamp> starts = new ArrayList<>();
        boolean stamped = true;
        for (SegmentedArticle.Paragraph paragraph : paragraphs) {
            String block = text.text(paragraph.start(), paragraph.end()).strip();
            int minutes = minutes(block, text.language());
            boolean stamp = minutes >= 0 && isStamp(block, text.language()) && paragraph.index() + 1 < paragraphs.size();
            if (minutes >= 0) {
                // a time standing alone tells nothing: the entry's text starts with the block after it
                starts.add(new Stamp(paragraph.index(), minutes, paragraph.index() + (stamp ? 1 : 0)));
                stamped &= stamp;
            }
        }
        if (starts.size() < (stamped ? MIN_STAMPED_ENTRIES : MIN_ENTRIES)) {
            return null;
        }
        List<Entry> entries = new ArrayList<>();
        int falling = 0;
        for (int i = 0; i < starts.size(); i++) {
            int first = starts.get(i).text();
            int limit = i + 1 < starts.size() ? starts.get(i + 1).block() : paragraphs.size();
            int last = first;
            // An entry ends at the next entry, or at a subhead that is not its own ("Share this").
            while (last + 1 < limit && !paragraphs.get(last + 1).isHeading()) {
                last++;
            }
            entries.add(new Entry(first, last, starts.get(i).minutes()));
            if (i > 0) {
                falling += Integer.compare(starts.get(i - 1).minutes(), starts.get(i).minutes());
            }
        }
        return new LiveBlog(List.copyOf(entries), falling > 0);
    }

    /** The latest entry. */
    Entry newest() {
        return newestFirst ? entries.getFirst() : entries.getLast();
    }

    /** The earliest entry, which tells how things stood. */
    Entry oldest() {
        return newestFirst ? entries.getLast() : entries.getFirst();
    }

    /** Whether the block stands in an entry other than the newest. */
    boolean olderEntry(int paragraph) {
        for (Entry entry : entries) {
            if (entry.holds(paragraph)) {
                return !entry.equals(newest());
            }
        }
        return false;
    }

    /** Whether the block is a time of day and nothing else: "10 p.m.", "16:42", "14.02 Uhr". */
    private static boolean isStamp(String block, String language) {
        Matcher time = TIME_OF_DAY.get(language).matcher(block);
        return time.find() && block.substring(time.end()).isBlank();
    }

    /**
     * Where a block's own words start: after the time an entry opens on and its separator ("19:48 – La corte…"),
     * which is the entry's stamp and no part of any sentence; else {@code start}.
     */
    static int textStart(String body, int start, int end, String language) {
        Matcher time = TIME_OF_DAY.get(language).matcher(body).region(start, end);
        if (!time.lookingAt() || time.group(2) == null && time.group(3) == null) {
            return start;
        }
        Matcher separator = STAMP_SEPARATOR.matcher(body).region(time.end(), end);
        return separator.lookingAt() && separator.end() < end ? separator.end() : start;
    }

    /** The zones and units of a time in {@code language} and in English ("GMT" is written everywhere). */
    private static List<String> clockWords(String language) {
        Set<String> words = new HashSet<>(Lexicon.cues("clock", "en"));
        words.addAll(Lexicon.cues("clock", language));
        return List.copyOf(words);
    }

    /** The time of day a block opens on, in minutes after midnight, or -1. */
    private static int minutes(String block, String language) {
        Matcher time = TIME_OF_DAY.get(language).matcher(block);
        if (!time.find() || time.group(2) == null && time.group(3) == null) {
            return -1; // a number alone is no time; an hour alone is, with its "p.m." (AP's "The Latest": "10 p.m.")
        }
        int hours = Integer.parseInt(time.group(1));
        int minutes = time.group(2) == null ? 0 : Integer.parseInt(time.group(2));
        if (hours > 23 || minutes > 59) {
            return -1;
        }
        if (time.group(3) != null) {
            boolean pm = time.group(3).toLowerCase(Locale.ROOT).equals("p");
            hours = hours % 12 + (pm ? 12 : 0);
        }
        return hours * 60 + minutes;
    }
}
