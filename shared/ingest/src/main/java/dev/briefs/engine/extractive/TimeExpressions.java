package dev.briefs.engine.extractive;

import java.util.List;
import java.util.Map;
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
     * One alternative of the English pattern and every character a match of it can start with, in every case it
     * matches. The matcher tries the pattern at each character of a clause; the guard turns an alternative down at
     * once where it cannot start, so that only the few that can are tried: four times faster, the same matches.
     */
    private record Alternative(String firstChars, String regex) {

        String guarded() {
            return "(?=[" + firstChars + "])(?:" + regex + ")";
        }
    }

    /** "on", "by March", "as early as": what may come before the time. */
    private static final Alternative LEAD = new Alternative("oObBuUfFaAiIsStTnN",
            "\\b(?i:on|by|before|until|from|after|in|at|starting|through|as early as|no later than)\\s+");
    private static final List<Alternative> ENGLISH = List.of(
            new Alternative("nNtTlLeEmMwWfFsS", "(?:(?i:next|this|later this|early next|late next)\\s+)?" + WEEKDAY
                    + "(?:,?\\s+" + MONTH + "\\s+" + DAY + ")?"),
            new Alternative("eEmMlLtTJFMASOND", "(?:(?i:early|mid|late|the end of)[- ])?" + MONTH + "(?:\\s+" + DAY
                    + ")?(?:,?\\s+\\d{4})?"),
            new Alternative("0-9", DAY + "\\s+" + MONTH + "(?:\\s+\\d{4})?"),
            new Alternative("tTeE", "(?i:(?:the\\s+)?end\\s+of\\s+(?:the|this|next)\\s+)" + PERIOD),
            new Alternative("nNtTlLeE", "(?i:(?:next|this|later this|early next|late next|the coming|the following)\\s+)"
                    + PERIOD),
            new Alternative("lLtT", "(?i:(?:later\\s+)?" + String.join("|", DAYS_AHEAD) + "|this (?:"
                    + String.join("|", PARTS_OF_DAY) + "))"),
            new Alternative("tT", "(?i:the (?:coming|next) (?:few )?)" + UNITS),
            new Alternative("wW", "(?i:within (?:the next )?)" + COUNT + "\\s+" + UNITS),
            new Alternative("0-9aotfsen", COUNT + "\\s+" + UNITS + "(?i:\\s+(?:from now|later|time))"),
            new Alternative("iIbBuU", "(?:\\b(?i:in|by|before|until)\\s+)(?:(?i:at least)\\s+)?(?:early |mid-|late )?"
                    + "\\d{4}\\b"),
            new Alternative("oO", "\\b(?i:once)\\s+(?!again\\b|more\\b)\\p{L}[^,.;:!?“”\"]{2,40}"),
            new Alternative("iInNsSmM", "(?i:(?:in the )?(?:near|short|medium)[- ]term)"),
            new Alternative("0-9", TIME_OF_DAY),
            new Alternative("iIfF", "(?i:(?:in )?fiscal (?:year )?)(?:\\d{4}|\\d{2}\\b)"));

    private static final Map<String, Pattern> WHEN = Lexicon.perLanguage(language -> Pattern.compile(
            "(?=[" + LEAD.firstChars() + String.join("", ENGLISH.stream().map(Alternative::firstChars).toList()) + "])"
                    + "(?:" + LEAD.guarded() + ")?(?:"
                    + String.join("|", ENGLISH.stream().map(Alternative::guarded).toList())
                    + ")\\b" + foreignDates(language)));

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
                + "(?:\\s+(?:(?i:de)\\s+)?\\d{4})?|" + weekday + "|" + month + "(?:\\s+(?:(?i:de)\\s+)?\\d{4})?"
                + (ahead.isEmpty() ? "" : "|" + Lexicon.anyPhrase(ahead)) + span;
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
                        Lexicon.cues("times", language), Lexicon.cues("within", language), Lexicon.cues("units", language))
                .flatMap(java.util.Collection::stream)
                .flatMap(phrase -> java.util.Arrays.stream(Lexicon.lower(phrase).split("[\\s'’-]+")))
                .forEach(anchors::add);
        return java.util.Set.copyOf(anchors);
    });

    private TimeExpressions() {
    }

    private static boolean mayNameATime(SegmentedArticle text, int from, int to) {
        java.util.Set<String> anchors = ANCHORS.get(text.language());
        String body = text.body();
        for (Token word : Tokenizer.words(body, from, to)) {
            String lower = Lexicon.lower(word.text());
            if (anchors.contains(lower) || CLOCK_OR_YEAR.matcher(lower).matches()
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
            if (anchors.contains(part) || CLOCK_OR_YEAR.matcher(part).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A year, or a time of day written as one word: "2026", "9.30pm", "6am". */
    private static final Pattern CLOCK_OR_YEAR = Pattern.compile("\\d{4}|\\d{1,2}(?:[:.]\\d{2})?(?:am|pm|a\\.m|p\\.m)");

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
        Matcher matcher = WHEN.get(text.language()).matcher(text.body()).region(from, to);
        while (matcher.find()) {
            if (inQuotations || !text.insideQuotation(matcher.start())) {
                return matcher.group().strip();
            }
        }
        return "";
    }
}
