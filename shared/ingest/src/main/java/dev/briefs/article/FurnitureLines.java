package dev.briefs.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lines of a page that are furniture by their shape, in every language the engine reads: a breadcrumb trail of
 * capitalised items between separators ("Home &gt; News &gt; Courts", "Inicio / Nacional"), a release or embargo line
 * ("PRESSEMITTEILUNG", "EMBARGOED UNTIL 00:01 12 March"), a publication stamp ("Publié le 12 mars à 08h15 Mis à jour …",
 * "Обновлено 12 марта, 10:15"), a reading time or an episode's length ("Lecture 4 min", "34 min"), a related-story link
 * ("Leggi anche: …") and a call to the reader ("Listen on … or wherever you get your podcasts"). The cue words of
 * {@code page-cues/<language>.txt} say what kind a line may be; its shape (a separator or the end after the cue, a date
 * after it, few words) decides. The parsers do not know the language yet, so every language's cues are read.
 */
final class FurnitureLines {

    private static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "it", "pt", "ru");
    private static final Map<String, List<String>> CUES = load();
    private static final Pattern RELEASE = opening("release");
    private static final Pattern STAMP = opening("stamp");
    private static final Pattern NOTICE = opening("notice");
    private static final Pattern NOTICE_VERB = Pattern.compile("(?<![\\p{L}])" + phrases("notice-verb") + "(?![\\p{L}])",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_STAMP = Pattern.compile("(?<![\\p{L}\\p{N}])" + phrases("stamp") + "(?![\\p{L}\\p{N}])",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATED = opening("related");
    private static final Pattern MASTHEAD = opening("masthead");
    private static final Pattern CALL = opening("call");
    private static final Pattern NEWSROOM_POST = Pattern.compile("(?<![\\p{L}])" + phrases("newsroom") + "(?![\\p{L}])",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** A figure and a unit of minutes: "12 min", "4 минуты". */
    private static final Pattern DURATION = Pattern.compile("\\d{1,3}\\s*(?:" + phrases("minutes") + ")\\.?",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern READING_WORDS = Pattern.compile("(?<![\\p{L}\\p{N}])" + phrases("reading") + "(?![\\p{L}\\p{N}])",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** What a related-story cue leaves after it when it labels a link: the end of the line or a separator. */
    private static final Pattern LINK_LABEL_END = Pattern.compile("\\s*(?:$|[:|»›>–—-])");
    /** The one word a related cue may take before its separator: "Related episodes:", "Más noticias:". */
    private static final Pattern LINKED_WORD = Pattern.compile("\\s+\\p{L}+");
    private static final Pattern LINK_SEPARATOR = Pattern.compile("\\s*[:|»›>–—]");
    /** The separators of a breadcrumb trail: arrows with or without spaces, slashes, bars and dots between spaces. */
    private static final Pattern TRAIL_SEPARATOR = Pattern.compile("\\s*[>›»→]\\s*|\\s+[/|·•]\\s+");
    /** The separator between an agency's initials and its name: a bar, a dot or a dash between spaces. */
    private static final Pattern MASTHEAD_SEPARATOR = Pattern.compile("\\s+[|·•–—-]\\s+");
    /** An agency's initials: two to six capitals ("AAN", "ANSA", "ТАСС"). */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,6}");
    /** A particle elided before a word, as French and Italian write it: "d'", "l’", "dell'". */
    private static final Pattern ELISION = Pattern.compile("^\\p{Ll}{1,4}['’](?=\\p{L})");
    /** The pieces of a date or a time: figures, and the words and marks between them. */
    private static final Pattern DATE_PIECES = Pattern.compile("[\\s,;|·•/()]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * A print page's label at the start or the end of a line: a page word and a figure ("Seite 7", "Page 3 of 8"),
     * a figure between dashes ("— 14 —"), a section letter and a figure ("A4") or a bare figure; where it stands the
     * line's other part must follow a separator or a page word, dashes or a date must mark it as a page's, see
     * {@link #isPageHead}.
     */
    private static final String PAGE_FIGURE = "\\d{1,4}(?:\\s*(?:/|\\p{L}{1,3})\\s*\\d{1,4})?";
    private static final String PAGE_LABEL = "(?:(?<word>" + phrases("page") + ")\\s*" + PAGE_FIGURE
            + "|(?<dashed>[-–—]\\s*\\d{1,4}\\s*[-–—])|(?-i:[A-Z])?\\d{1,4})";
    private static final Pattern LEADING_PAGE = Pattern.compile("^" + PAGE_LABEL + "(?<separator>\\s*[|·•]\\s*|\\s+|$)",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PAGE = Pattern.compile("(?<separator>\\s*[|·•]\\s*|\\s+|^)" + PAGE_LABEL + "$",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /**
     * A print page's jump line: a [jump] cue and the page the story goes on or came from, "Continued on A6", "Suite en
     * page 4", "Fortsetzung auf Seite 3", "Continua na pág. 14", "Продолжение на стр. 5".
     */
    private static final Pattern JUMP = Pattern.compile("(?:" + phrases("jump") + ")\\s+(?:" + phrases("page")
            + "\\s*)?(?-i:[A-Z])?\\d{1,4}\\.?", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** Separators and spaces around a running head's title. */
    private static final Pattern HEAD_SEPARATORS = Pattern.compile("[\\s|·•–—]+");
    /** A running head's title: a publication's or a section's name in capitals ("THE DAILY COURIER", "LOKALES"). */
    private static final int MAX_PAGE_TITLE_WORDS = 6;
    private static final int MAX_TRAIL_WORDS = 12;
    private static final int MAX_TRAIL_ITEM_WORDS = 4;
    private static final int MAX_PAIRED_ITEM_WORDS = 2;
    /** A trail's lower-case words are particles: "of", "de", "и". */
    private static final int MAX_PARTICLE_LETTERS = 3;
    /** A German ordinal before a section's name: "2." in "2. Liga". */
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}\\.");
    private static final int MAX_STAMP_WORDS = 20;
    /** The most words between a notice's noun and its verb: "This transcript was produced", "Cet article a été mis". */
    private static final int MAX_NOTICE_GAP_WORDS = 4;
    private static final int MAX_RUBRIC_WORDS = 3;
    private static final int MAX_MASTHEAD_WORDS = 8;
    private static final int MAX_DURATION_LINE_WORDS = 6;
    private static final int MAX_LINK_WORDS = 30;
    /** A date's words besides its figures are particles ("à", "am", "GMT") or one name per figure ("mars", "Monday"). */
    private static final int MAX_DATE_PARTICLE_LETTERS = 3;

    private FurnitureLines() {
    }

    /** Whether a line is furniture by its shape; {@code line} as written, stripped. */
    static boolean isFurniture(String line) {
        return isTrail(line) || isAgencyMasthead(line) || isRelease(line) || isStamp(line) || isDuration(line)
                || isRelatedLink(line) || isCall(line) || isNotice(line) || isPageHead(line) || JUMP.matcher(line.strip()).matches();
    }

    /** Whether a piece of a byline names a reporter's post ("Investigations Correspondent", "envoyée spéciale"). */
    static boolean isNewsroomPost(String piece) {
        return NEWSROOM_POST.matcher(piece).find();
    }

    /**
     * A breadcrumb trail or a section rubric with its parent ("Home &gt; News &gt; Courts", "Accueil › Société",
     * "Sport | Football"): items of one to four capitalised words (two when there are only two items) without figures
     * or sentence punctuation, between separators, a dozen words at most.
     */
    static boolean isTrail(String line) {
        return isTrail(line, false);
    }

    /** A trail, in {@code sentenceCase} one whose items may be in sentence case ("Media | Press releases"). */
    private static boolean isTrail(String line, boolean sentenceCase) {
        String[] items = TRAIL_SEPARATOR.split(line.strip(), -1);
        if (items.length < 2 || SPACES.split(line.strip()).length > MAX_TRAIL_WORDS + items.length) {
            return false;
        }
        int words = 0;
        // Two items are a trail when both are short: "Liveticker | Bahnstreik im Norden" is a label and a headline;
        // or when the line is in capitals, as a kicker is, a sport and its competition: "RUGBY | PREMIER CUP ROUND TWO".
        boolean capitals = line.chars().anyMatch(Character::isLetter) && line.chars().noneMatch(Character::isLowerCase);
        int itemLimit = items.length == 2 && !capitals ? MAX_PAIRED_ITEM_WORDS : MAX_TRAIL_ITEM_WORDS;
        for (String item : items) {
            String[] itemWords = SPACES.split(item.strip());
            words += itemWords.length;
            if (item.isBlank() || itemWords.length > itemLimit || !isCapitalisedItem(itemWords, sentenceCase)) {
                return false;
            }
        }
        return words <= MAX_TRAIL_WORDS;
    }

    /**
     * An item of a trail or a rubric: capitalised words and short particles, or a capitalised noun and its lower-case
     * adjective, as Romance languages write their sections ("Economías regionales", "Vie locale", "Cronaca nera"),
     * perhaps after an ordinal, as German names its leagues ("2. Liga", "1. Bundesliga"); a word after an elided particle
     * counts as the word ("Cour d'appel", "Corte d'Appello"). In {@code sentenceCase} only the first word need be
     * capitalised ("Press releases").
     */
    private static boolean isCapitalisedItem(String[] words, boolean sentenceCase) {
        if (words.length > 1 && ORDINAL.matcher(words[0]).matches()) {
            return isCapitalisedItem(Arrays.copyOfRange(words, 1, words.length), sentenceCase);
        }
        if (!Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String word = ELISION.matcher(words[i]).replaceFirst("");
            int first = word.codePointAt(0);
            boolean particle = word.length() <= MAX_PARTICLE_LETTERS && Character.isLowerCase(first) || word.equals("&")
                    || (sentenceCase || words.length == 2 && i == 1) && word.chars().allMatch(Character::isLowerCase);
            if (!particle && !Character.isUpperCase(first) || word.chars().anyMatch(Character::isDigit)
                    || ".!?:;,\"“”«»".indexOf(word.charAt(word.length() - 1)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A section rubric over a headline ("POLITIK", "Economía", "World News"): one to three capitalised words without
     * figures or punctuation, above a headline longer than itself; or a trail of sections in sentence case ("Tarvin
     * Rovers | Club news | Match day reports"), a site's masthead ("Official website of Dunmore County Council",
     * "Официальный сайт администрации …"). Alone, such a line may be a short headline or a label before one.
     */
    static boolean isRubricOver(String line, String headline) {
        if (!Character.isUpperCase(headline.strip().codePointAt(0))) {
            return false;
        }
        String[] words = SPACES.split(line.strip());
        String[] headlineWords = SPACES.split(headline.strip());
        return words.length <= MAX_RUBRIC_WORDS && headlineWords.length > words.length && isCapitalisedItem(words, false)
                || isTrail(line, true) || isSiteMasthead(line);
    }

    /**
     * A site's masthead: a [masthead] cue and the site's owner, a few words without figures or sentence punctuation
     * ("Official website of Dunmore County Council", "Sito ufficiale del Comune di Valbruna").
     */
    static boolean isSiteMasthead(String line) {
        String text = line.strip();
        return MASTHEAD.matcher(text).lookingAt() && SPACES.split(text).length <= MAX_MASTHEAD_WORDS
                && text.chars().noneMatch(c -> Character.isDigit(c) || ".!?:;\"“”«»".indexOf(c) >= 0);
    }

    /**
     * A news agency's masthead: its initials and its name, which they spell, between a separator ("ANV | Agence
     * Nordique de Vérification", "Agenzia Stampa Meridionale – ASM"): the capitalised words' initials, particles
     * left out.
     */
    static boolean isAgencyMasthead(String line) {
        String[] items = MASTHEAD_SEPARATOR.split(line.strip(), -1);
        if (items.length != 2) {
            return false;
        }
        for (int i = 0; i < 2; i++) {
            String initials = items[i].strip();
            String[] name = SPACES.split(items[1 - i].strip());
            if (INITIALS.matcher(initials).matches() && name.length <= MAX_TRAIL_ITEM_WORDS + 2
                    && isCapitalisedItem(name, false) && initialsOf(name).equals(initials)) {
                return true;
            }
        }
        return false;
    }

    /** The initials of a name's capitalised words: "AAN" of "Agencia Austral de Noticias". */
    private static String initialsOf(String[] name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name) {
            if (Character.isUpperCase(word.codePointAt(0))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString();
    }

    /**
     * A print page's running head or foot, as text extracted from the page keeps it at each page break: the page's
     * label beside the publication's or the section's name in capitals, perhaps with the issue's date ("12 | THE
     * COURIER", "A4 THE DAILY COURIER Tuesday, March 3, 2026", "SEITE 7 · LOKALES", "— 14 — LE PETIT JOURNAL"),
     * or the label alone when a page word or dashes make it one ("Page 3 of 8"). A bare figure before capitals
     * without a separator or a date is a headline's count ("12 HURT AS BUS OVERTURNS"), and a sentence has
     * lower-case words.
     */
    static boolean isPageHead(String line) {
        String text = line.strip();
        if (text.chars().noneMatch(Character::isDigit) || SPACES.split(text).length > MAX_STAMP_WORDS) {
            return false; // most lines, read before the patterns: every line of a plain text is asked
        }
        var leading = LEADING_PAGE.matcher(text);
        var trailing = TRAILING_PAGE.matcher(text);
        var label = leading.lookingAt() ? leading : trailing.find() ? trailing : null;
        if (label == null) {
            return false;
        }
        String rest = leading == label ? text.substring(label.end()) : text.substring(0, label.start());
        boolean named = label.group("word") != null || label.group("dashed") != null;
        if (rest.isBlank()) {
            return named;
        }
        boolean separated = !label.group("separator").isBlank();
        String[] words = SPACES.split(HEAD_SEPARATORS.matcher(rest).replaceAll(" ").strip());
        int title = 0;
        while (title < words.length && isCapitalsWord(words[title])) {
            title++;
        }
        if (title == 0 || title > MAX_PAGE_TITLE_WORDS) {
            return false;
        }
        String after = String.join(" ", Arrays.copyOfRange(words, title, words.length));
        boolean dated = !after.isEmpty() && isDate(after, false);
        return (after.isEmpty() || dated) && (named || separated || dated);
    }

    /** A word of a name set in capitals: letters, none of them lower case, no sentence punctuation after it. */
    private static boolean isCapitalsWord(String word) {
        return word.chars().anyMatch(Character::isLetter) && word.chars().noneMatch(Character::isLowerCase)
                && word.chars().noneMatch(Character::isDigit) && ".!?:;,\"“”«»".indexOf(word.charAt(word.length() - 1)) < 0;
    }

    /** A release or embargo line: its cue alone ("NOTA DE PRENSA"), or with the date it holds the text to. */
    static boolean isRelease(String line) {
        var cue = RELEASE.matcher(line.strip());
        return cue.lookingAt() && isDate(line.strip().substring(cue.end()), true);
    }

    /**
     * A publication stamp: a stamp cue, then only a date or a time, perhaps a second cue and its date ("Publié le 12
     * mars 2026 à 08h15 Mis à jour le 12 mars 2026 à 11h02", "Updated 14:02 GMT", "Aktualisiert am 11.03.2026").
     */
    static boolean isStamp(String line) {
        String text = line.strip();
        return STAMP.matcher(text).lookingAt() && SPACES.split(text).length <= MAX_STAMP_WORDS
                && isDate(ANY_STAMP.matcher(text).replaceAll(" "), false);
    }

    /** A reading time or an episode's length: a duration in minutes and at most reading words ("12 min read", "34 min"). */
    static boolean isDuration(String line) {
        String text = line.strip();
        if (SPACES.split(text).length > MAX_DURATION_LINE_WORDS || !DURATION.matcher(text).find()) {
            return false;
        }
        String rest = READING_WORDS.matcher(DURATION.matcher(text).replaceAll(" ")).replaceAll(" ");
        return rest.chars().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * A related-story link: its cue, perhaps one word naming what is linked ("Related episodes"), then the end of the
     * line or a separator and a headline ("Lire aussi : …").
     */
    static boolean isRelatedLink(String line) {
        String text = line.strip();
        var cue = RELATED.matcher(text);
        if (!cue.lookingAt() || SPACES.split(text).length > MAX_LINK_WORDS) {
            return false;
        }
        var named = LINKED_WORD.matcher(text).region(cue.end(), text.length());
        int labelEnd = named.lookingAt() ? named.end() : cue.end();
        return LINK_LABEL_END.matcher(text).region(cue.end(), text.length()).lookingAt()
                || labelEnd > cue.end() && LINK_SEPARATOR.matcher(text).region(labelEnd, text.length()).lookingAt();
    }

    /** A related-story cue alone on its line: the subhead of a box of links ("Lesen Sie auch", "Читайте также:"). */
    static boolean isRelatedHeading(String line) {
        String text = line.strip();
        var cue = RELATED.matcher(text);
        return cue.lookingAt() && text.substring(cue.end()).replaceAll("[\\s:.]", "").isEmpty();
    }

    /** A call to the reader to listen, subscribe or follow elsewhere, as a line of its own without a quotation in it. */
    static boolean isCall(String line) {
        String text = line.strip();
        return CALL.matcher(text).lookingAt() && SPACES.split(text).length <= MAX_LINK_WORDS && !quotes(text);
    }

    /** Whether a line holds a quotation mark: a call or a notice is the page's own line, never someone's words. */
    private static boolean quotes(String text) {
        return text.chars().anyMatch(c -> "\"“”«»„".indexOf(c) >= 0);
    }

    /**
     * A notice about the page itself, how it was made or changed, as a line of its own without a quotation: "This
     * transcript was produced from the broadcast and may contain errors", "Cet article a été mis à jour". A sentence
     * of the story seldom opens on the page's own noun with a verb of editing a few words on.
     */
    static boolean isNotice(String line) {
        String text = line.strip();
        var cue = NOTICE.matcher(text);
        if (!cue.lookingAt() || SPACES.split(text).length > MAX_LINK_WORDS || quotes(text)) {
            return false;
        }
        var verb = NOTICE_VERB.matcher(text);
        return verb.find(cue.end())
                && SPACES.split(text.substring(cue.end(), verb.start()).strip()).length <= MAX_NOTICE_GAP_WORDS;
    }

    /**
     * Whether {@code rest} is a date or a time and nothing more: figures, particles, and no more words than figures
     * ("12 mars 2026 à 08h15", "14:02 GMT", "Thursday, November 19, 2026"), where a sentence ("in 2020, the law bans
     * smoking") has more; empty counts when {@code emptyIsDate} (a cue alone).
     */
    private static boolean isDate(String rest, boolean emptyIsDate) {
        int figures = 0;
        int words = 0;
        boolean anything = false;
        for (String piece : DATE_PIECES.split(rest.strip())) {
            long letters = piece.chars().filter(Character::isLetter).count();
            anything |= letters > 0;
            if (piece.chars().anyMatch(Character::isDigit)) {
                figures++;
            } else if (letters > MAX_DATE_PARTICLE_LETTERS) {
                words++;
            }
        }
        return figures == 0 ? emptyIsDate && !anything : words <= figures;
    }

    /** A line opening with one of the section's cues, whole words, in any case. */
    private static Pattern opening(String section) {
        return Pattern.compile("^\\W{0,3}" + phrases(section) + "(?![\\p{L}\\p{N}])",
                Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    }

    /**
     * The section's phrases of every language as one pattern alternative, longest first, spaces matching any run of
     * them; {@link HeadlineLabels} reads its labels so.
     */
    static String phrases(String section) {
        List<String> phrases = new ArrayList<>(CUES.getOrDefault(section, List.of()));
        phrases.sort((a, b) -> b.length() - a.length());
        StringBuilder alternatives = new StringBuilder();
        for (String phrase : phrases) {
            alternatives.append(alternatives.isEmpty() ? "" : "|")
                    .append(Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"));
        }
        return "(?:" + alternatives + ")";
    }

    /** Every language's sections: "[section]" opens one, each other line is one phrase, "#" starts a comment. */
    private static Map<String, List<String>> load() {
        Map<String, List<String>> sections = new HashMap<>();
        for (String language : LANGUAGES) {
            String section = "";
            for (String phrase : WordListLines.read(FurnitureLines.class, "page-cues/" + language + ".txt")) {
                if (phrase.startsWith("[") && phrase.endsWith("]")) {
                    section = phrase.substring(1, phrase.length() - 1);
                } else {
                    sections.computeIfAbsent(section, k -> new ArrayList<>()).add(phrase.toLowerCase(Locale.ROOT));
                }
            }
        }
        return sections;
    }
}
