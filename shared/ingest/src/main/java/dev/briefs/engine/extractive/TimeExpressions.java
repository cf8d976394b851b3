package dev.briefs.engine.extractive;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when something will happen, as the article puts it: "next week", "on Tuesday", "by March 2026", "in the
 * coming weeks", "once fighting ends". Every repetition in the pattern is bounded, so matching stays linear.
 */
final class TimeExpressions {

    /** The English words of dates, from which both the pattern and its {@link #ANCHORS} are built. */
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    /** Written with a full stop: "Jan.", "Sept.". */
    private static final List<String> MONTH_ABBREVIATIONS = List.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sept", "Sep", "Oct", "Nov", "Dec");
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> PERIODS = List.of("week", "weekend", "month", "year", "quarter", "spring",
            "summer", "autumn", "fall", "winter", "season", "session", "decade", "term");
    /** Units of a count of time, singular or plural: "two weeks". */
    private static final List<String> UNIT_WORDS = List.of("hour", "day", "week", "month", "year");
    private static final List<String> DAYS_AHEAD = List.of("today", "tomorrow", "tonight");
    private static final List<String> PARTS_OF_DAY = List.of("morning", "afternoon", "evening");

    static final String MONTH = "(?:" + String.join("|", MONTHS) + "|"
            + String.join("|", MONTH_ABBREVIATIONS.stream().map(abbreviation -> abbreviation + "\\.").toList()) + ")";
    /** Any case: captions write "starting tuesday", and no weekday is another word (unlike "may" or "march"). */
    static final String WEEKDAY = "(?i:" + String.join("|", WEEKDAYS) + ")";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String PERIOD = "(?:" + String.join("|", PERIODS) + ")";
    private static final String COUNT = "(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve"
            + "|a few|several)";
    private static final String UNITS = "(?:" + String.join("|", UNIT_WORDS.stream().map(unit -> unit + "s?").toList()) + ")";

    /** A time of day: "6 a.m.", "9.30pm", and "22:00" after "at", "by", "from" or "until". */
    private static final String TIME_OF_DAY = "\\d{1,2}(?:[:.]\\d{2})?\\s?(?i:a\\.m|p\\.m|am|pm)"
            + "|(?<=(?i:at|by|from|until)\\s)\\d{1,2}:\\d{2}";
    private static final Pattern CLOCK = Pattern.compile("(?:(?i:at|by|from|until|before|after)\\s+)?(?:" + TIME_OF_DAY + ")");

    /**
     * One alternative of the English pattern, every character a match of it can start with, in every case it matches,
     * and words of which every match holds one. The matcher tries the pattern at each character of a clause; the
     * guard turns an alternative down at once where it cannot start, so that only the few that can are tried: four
     * times faster, the same matches. The words leave it out of the pattern for a clause that holds none of them.
     *
     * @param holds lower-case words of which every match holds one, as a part of a word or the whole of it
     */
    private record Alternative(String firstChars, String regex, List<String> holds) {

        String guarded() {
            return "(?=[" + firstChars + "])(?:" + regex + ")";
        }
    }

    /** What the alternatives hold: a digit, a weekday, a month, a span of time, or one of the few other time words. */
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static final List<String> WEEKDAY_WORDS = WEEKDAYS.stream().map(Lexicon::lower).toList();
    private static final List<String> MONTH_WORDS = java.util.stream.Stream.concat(MONTHS.stream(),
            MONTH_ABBREVIATIONS.stream().map(abbreviation -> abbreviation + ".")).map(Lexicon::lower).toList();
    private static final List<String> SPAN_WORDS = java.util.stream.Stream.concat(PERIODS.stream(), UNIT_WORDS.stream())
            .distinct().toList();
    private static final List<String> OTHER_WORDS = java.util.stream.Stream.of(DAYS_AHEAD, PARTS_OF_DAY,
            List.of("once", "fiscal")).flatMap(List::stream).toList();
    /** The lists above, each searched for once per clause; bit {@code i} of a selection stands for list {@code i}. */
    private static final List<List<String>> HOLDS = List.of(DIGITS, WEEKDAY_WORDS, MONTH_WORDS, SPAN_WORDS, OTHER_WORDS);

    /** "on", "by March", "as early as": what may come before the time, which holds none of it. */
    private static final Alternative LEAD = new Alternative("oObBuUfFaAiIsStTnN",
            "\\b(?i:on|by|before|until|from|after|in|at|starting|through|as early as|no later than)\\s+", List.of());
    private static final List<Alternative> ENGLISH = List.of(
            new Alternative("nNtTlLeEmMwWfFsS", "(?:(?i:next|this|later this|early next|late next)\\s+)?" + WEEKDAY
                    + "(?:,?\\s+" + MONTH + "\\s+" + DAY + ")?", WEEKDAY_WORDS),
            new Alternative("eEmMlLtTJFMASOND", "(?:(?i:early|mid|late|the end of)[- ])?" + MONTH + "(?:\\s+" + DAY
                    + ")?(?:,?\\s+\\d{4})?", MONTH_WORDS),
            new Alternative("0-9", DAY + "\\s+" + MONTH + "(?:\\s+\\d{4})?", MONTH_WORDS),
            new Alternative("tTeE", "(?i:(?:the\\s+)?end\\s+of\\s+(?:the|this|next)\\s+)" + PERIOD, SPAN_WORDS),
            new Alternative("nNtTlLeE", "(?i:(?:next|this|later this|early next|late next|the coming|the following)\\s+)"
                    + PERIOD, SPAN_WORDS),
            new Alternative("lLtT", "(?i:(?:later\\s+)?" + String.join("|", DAYS_AHEAD) + "|this (?:"
                    + String.join("|", PARTS_OF_DAY) + "))", OTHER_WORDS),
            new Alternative("tT", "(?i:the (?:coming|next) (?:few )?)" + UNITS, SPAN_WORDS),
            // a season after "in" ("would publish its findings in the spring"); not "the fall of the government", nor
            // one of a year, which long-form writing dates its past by ("starting in the fall of 2020")
            new Alternative("tT", "(?<=\\b(?i:in)\\s)(?i:the\\s+(?:early\\s+|late\\s+)?(?:spring|summer|autumn|fall|winter))"
                    + "(?!\\s+of\\b)", SPAN_WORDS),
            new Alternative("wW", "(?i:within (?:the next )?)" + COUNT + "\\s+" + UNITS, SPAN_WORDS),
            new Alternative("0-9aotfsen", COUNT + "\\s+" + UNITS + "(?i:\\s+(?:from now|later|time))", SPAN_WORDS),
            new Alternative("iIbBuU", "(?:\\b(?i:in|by|before|until)\\s+)(?:(?i:at least)\\s+)?(?:early |mid-|late )?"
                    + "\\d{4}\\b", DIGITS),
            new Alternative("oO", "\\b(?i:once)\\s+(?!again\\b|more\\b)\\p{L}[^,.;:!?“”\"]{2,40}", OTHER_WORDS),
            new Alternative("iInNsSmM", "(?i:(?:in the )?(?:near|short|medium)[- ]term)", SPAN_WORDS),
            new Alternative("0-9", TIME_OF_DAY, DIGITS),
            new Alternative("iIfF", "(?i:(?:in )?fiscal (?:year )?)(?:\\d{4}|\\d{2}\\b)", OTHER_WORDS));

    /**
     * Per language, the pattern of the alternatives a clause may hold, by the selection of {@link #HOLDS} lists it
     * holds words of (none when no alternative can match): made when first needed, at most 32 per language.
     */
    private static final Map<String, Map<Integer, Optional<Pattern>>> WHEN = Lexicon.perLanguage(
            language -> new ConcurrentHashMap<>());

    /** The pattern of the English alternatives whose lists are in {@code selection}, then the language's own dates. */
    private static Optional<Pattern> when(String language, int selection) {
        List<Alternative> english = ENGLISH.stream().filter(alternative -> (selection & 1 << HOLDS.indexOf(
                alternative.holds())) != 0).toList();
        String foreign = foreignDates(language);
        if (english.isEmpty()) {
            return foreign.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(foreign.substring(1)));
        }
        return Optional.of(Pattern.compile("(?=[" + LEAD.firstChars() + String.join("", english.stream().map(Alternative::firstChars)
                .toList()) + "])" + "(?:" + LEAD.guarded() + ")?(?:"
                + String.join("|", english.stream().map(Alternative::guarded).toList()) + ")\\b" + foreign));
    }

    /**
     * Whether the language has dates in its own words, whose alternatives come without lists: its clauses are read
     * at every character.
     */
    private static final Map<String, Boolean> HAS_OWN_DATES = Lexicon.perLanguage(
            language -> !foreignDates(language).isEmpty());

    /** Which {@link #HOLDS} lists have a word in {@code lowerCase}, as bits. */
    private static int holding(String lowerCase) {
        int selection = 0;
        for (int i = 0; i < HOLDS.size(); i++) {
            for (String word : HOLDS.get(i)) {
                if (lowerCase.contains(word)) {
                    selection |= 1 << i;
                    break;
                }
            }
        }
        return selection;
    }

    /**
     * "lunedì 3 febbraio", "el 15 de marzo", "am 3. März", "до 1 марта", a month alone ("в апреле", "en avril") and
     * the times ahead of the language file ("la semaine prochaine"): dates in the words of the language.
     */
    private static String foreignDates(String language) {
        if (Lexicon.months(language).isEmpty()) {
            return "";
        }
        String weekday = Lexicon.anyPhrase(Lexicon.weekdays(language));
        String month = Lexicon.anyPhrase(Lexicon.months(language));
        List<String> ahead = Lexicon.cues("times", language);
        List<String> within = Lexicon.cues("within", language);
        // "d'ici dix-huit mois", "innerhalb von drei Monaten", "prazo de 30 dias": the count is one word or a number
        String span = within.isEmpty() ? "" : "|" + Lexicon.anyPhrase(within) + "\\s+[\\p{L}\\p{N}-]{1,20}\\s+"
                + Lexicon.anyPhrase(Lexicon.cues("units", language));
        return "|(?:" + weekday + "\\s+)?\\d{1,2}\\.?\\s+(?:(?i:de)\\s+)?" + month
                + "(?:\\s+(?:(?i:de)\\s+)?\\d{4})?|" + periodAhead(language, month) + weekday + "|" + month
                + "(?:\\s+(?:(?i:de)\\s+)?\\d{4})?" + (ahead.isEmpty() ? "" : "|" + Lexicon.anyPhrase(ahead)) + span;
    }

    /**
     * A period set ahead by the language's word for "next", before or after it ("im kommenden Sommer", "la semaine
     * prochaine", "на следующей неделе"), and the end of a period or a month ("bis Ende März", "avant la fin du
     * mois", "до конца года"), with at most two short words of article between: each an alternative ending in "|",
     * or empty.
     */
    private static String periodAhead(String language, String month) {
        List<String> next = Lexicon.cues("next", language);
        List<String> end = Lexicon.cues("end", language);
        String period = Lexicon.anyPhrase(java.util.stream.Stream.concat(Lexicon.cues("units", language).stream(),
                Lexicon.cues("seasons", language).stream()).toList());
        String nextPeriod = next.isEmpty() ? "" : Lexicon.anyPhrase(next) + "\\s+(?:\\p{L}+\\s+)?" + period + "|"
                + period + "\\s+" + Lexicon.anyPhrase(next) + "|";
        String endOf = end.isEmpty() ? "" : Lexicon.anyPhrase(end) + "\\s+(?:\\p{L}{1,4}['’]?\\s*){0,2}(?:" + period
                + "|" + month + ")|";
        return nextPeriod + endOf;
    }

    /**
     * Every time expression holds a digit or one of these words (a weekday, a month, a period or unit of time,
     * "today", "once", the language's own words for times ahead): the words that let the pattern be skipped.
     */
    private static final Map<String, java.util.Set<String>> ANCHORS = Lexicon.perLanguage(language -> {
        java.util.Set<String> anchors = new java.util.HashSet<>(List.of("once", "fiscal", "am", "pm", "a.m", "p.m"));
        java.util.stream.Stream.of(MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS, PERIODS, UNIT_WORDS, DAYS_AHEAD, PARTS_OF_DAY)
                .flatMap(java.util.Collection::stream)
                .map(Lexicon::lower)
                .forEach(anchors::add);
        UNIT_WORDS.forEach(unit -> anchors.add(unit + "s"));
        java.util.stream.Stream.of(Lexicon.months(language), Lexicon.weekdays(language),
                        Lexicon.cues("times", language), Lexicon.cues("within", language), Lexicon.cues("units", language),
                        Lexicon.cues("next", language), Lexicon.cues("seasons", language), Lexicon.cues("end", language))
                .flatMap(java.util.Collection::stream)
                .flatMap(phrase -> java.util.Arrays.stream(Lexicon.lower(phrase).split("[\\s'’-]+")))
                .forEach(anchors::add);
        return Lexicon.lookupSet(anchors);
    });

    private TimeExpressions() {
    }

    private static boolean mayNameATime(SegmentedArticle text, int from, int to) {
        java.util.Set<String> anchors = ANCHORS.get(text.language());
        String body = text.body();
        for (Token word : Tokenizer.words(body, from, to)) {
            String lower = Lexicon.lower(word.text());
            if (anchors.contains(lower) || isClockOrYear(lower)
                    || Character.isDigit(lower.charAt(0)) && word.end() < body.length() && body.charAt(word.end()) == ':'
                    || lower.indexOf('-') > 0 && anchorInside(lower, anchors)) {
                return true;
            }
        }
        return false;
    }

    /** "mid-March", "late-2026": a compound with a time in it. */
    private static boolean anchorInside(String word, java.util.Set<String> anchors) {
        for (String part : word.split("-")) {
            if (anchors.contains(part) || isClockOrYear(part)) {
                return true;
            }
        }
        return false;
    }

    /** A year, or a time of day written as one word: "2026", "9.30pm", "6am". */
    private static final Pattern CLOCK_OR_YEAR = Pattern.compile("\\d{4}|\\d{1,2}(?:[:.]\\d{2})?(?:am|pm|a\\.m|p\\.m)");

    /** Whether a word is a year or a time of day; both open with a digit, which most words do not. */
    private static boolean isClockOrYear(String word) {
        return !word.isEmpty() && word.charAt(0) >= '0' && word.charAt(0) <= '9' && CLOCK_OR_YEAR.matcher(word).matches();
    }

    /** The first time expression in {@code body[from, to)} outside quotations, or empty. */
    static String find(SegmentedArticle text, int from, int to) {
        return first(text, from, to, false);
    }

    /** The first time expression in {@code body[from, to)}, quoted or not, or empty: for a plan told in a quotation. */
    static String findQuoted(SegmentedArticle text, int from, int to) {
        return first(text, from, to, true);
    }

    /** Whether a found time is only a time of day ("at 22:00"), which says less than a date. */
    static boolean isTimeOfDay(String when) {
        return CLOCK.matcher(when).matches();
    }

    private static String first(SegmentedArticle text, int from, int to, boolean inQuotations) {
        if (!mayNameATime(text, from, to)) {
            return ""; // most clauses name no time: a look at their words is far cheaper than the pattern
        }
        String clause = text.text(from, to);
        String folded = foldCase(clause);
        int selection = holding(folded);
        Optional<Pattern> when = WHEN.get(text.language()).computeIfAbsent(selection, held -> when(text.language(), held));
        if (when.isEmpty()) {
            return "";
        }
        if (HAS_OWN_DATES.get(text.language())) {
            Matcher matcher = when.get().matcher(text.body()).region(from, to);
            while (matcher.find()) {
                if (inQuotations || !text.insideQuotation(matcher.start())) {
                    return matcher.group().strip();
                }
            }
            return "";
        }
        // The clause alone is the whole input, as the region of the body was: the same look-behinds and boundaries
        // at its edges. The pattern is tried only where a match can start, as find would try it at every character.
        Matcher matcher = when.get().matcher(clause).useTransparentBounds(true).useAnchoringBounds(false);
        boolean[] starts = possibleStarts(folded, selection);
        for (int at = 0; at < clause.length(); at++) {
            if (starts[at] && matcher.region(at, clause.length()).lookingAt()) {
                if (presentDay(clause, matcher.end())) {
                    continue; // "looking at today's landscape" dates nothing
                }
                if (inQuotations || !text.insideQuotation(from + at)) {
                    return matcher.group().strip();
                }
                at = matcher.end() - 1; // on after the match, as find goes on
            }
        }
        return "";
    }

    /**
     * Whether the match ending at the offset is "today's", which tells the present day ("today's landscape"), where
     * "next March's playoffs" or "Thursday's hearing" date an event.
     */
    private static boolean presentDay(String clause, int end) {
        return end + 1 < clause.length() && (clause.charAt(end) == '\'' || clause.charAt(end) == '’')
                && clause.charAt(end + 1) == 's' && (end + 2 == clause.length() || !Character.isLetter(clause.charAt(end + 2)))
                && clause.regionMatches(true, end - TODAY.length(), TODAY, 0, TODAY.length());
    }

    private static final String TODAY = "today";

    /**
     * The most stretches of white space an English match holds before the word of its list that it holds: "no later
     * than" (3) then "within the next a few" before "weeks" (5).
     */
    private static final int MAX_SPACES_BEFORE_WORD = 8;

    /**
     * Where in a clause an English match can start: at most {@value #MAX_SPACES_BEFORE_WORD} stretches of white space
     * before a word of one of the {@link #HOLDS} lists in {@code selection}, since every match holds one. Most
     * characters of a clause are further from any.
     */
    private static boolean[] possibleStarts(String folded, int selection) {
        boolean[] starts = new boolean[folded.length()];
        for (int i = 0; i < HOLDS.size(); i++) {
            if ((selection & 1 << i) == 0) {
                continue;
            }
            for (String word : HOLDS.get(i)) {
                for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
                    java.util.Arrays.fill(starts, reachBack(folded, at), at + 1, true);
                }
            }
        }
        return starts;
    }

    /** How far before {@code at} a match holding the word there can start. */
    private static int reachBack(String text, int at) {
        int start = at;
        int spaces = 0;
        while (start > 0) {
            if (!Tokenizer.isPatternSpace(text.charAt(start - 1))) {
                start--;
            } else if (spaces++ < MAX_SPACES_BEFORE_WORD) {
                while (start > 0 && Tokenizer.isPatternSpace(text.charAt(start - 1))) {
                    start--;
                }
            } else {
                break;
            }
        }
        return start;
    }

    /**
     * The text with each character in lower case, one for one, so that offsets stay those of the text; the pattern's
     * case-insensitive letters are ASCII, which this lowers as the pattern matches them.
     */
    private static String foldCase(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = Character.toLowerCase(text.charAt(i));
        }
        return new String(folded);
    }
}
