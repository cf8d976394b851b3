package dev.briefs.engine.extractive;

import dev.briefs.article.BoilerplateFilter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines of a page that are not the story: credits of the people who made it rather than those in it
 * (bylines such as "By Jane Doe" or "Por Lucía Berrocal", photo and reporting credits such as "Photo: …", "PHOTO: AP",
 * "(Reporting by …; Editing by …)", contributor and contact lines, copyright notices), and page furniture (share and print bars,
 * "Comments (14)", "12 min read", "Story topics", sign-up prompts), which no part of a brief may quote.
 */
final class PageClutter {

    private static final int MAX_CREDIT_WORDS = 40;
    /** One to four capitalised words, perhaps with a particle: a person's name as a credit line writes it. */
    private static final String NAME_WORDS = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Ll}{1,3}\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,3}";
    private static final String CONTRIBUTED_REGEX = "\\bcontributed (?:to this (?:report|story|article)|reporting)\\b";
    private static final Pattern CONTRIBUTED = Pattern.compile(CONTRIBUTED_REGEX, Pattern.CASE_INSENSITIVE);
    /** "contributed ": a paragraph without it is turned down without the pattern. */
    private static final RequiredText CONTRIBUTED_WORDS = RequiredText.of(CONTRIBUTED_REGEX);
    /** A reporter's contact line: "Reach Ann Roe at …", "Ann Roe can be reached at …". */
    private static final Pattern CONTACT = Pattern.compile("^\\W*(?:(?:[Rr]each|[Cc]ontact)\\s+" + NAME_WORDS + "\\s+at\\b"
            + "|" + NAME_WORDS + "\\s+(?:can|may)\\s+be\\s+reached\\b)", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * A wire story's closing line of where its reporters wrote from: "Roe reported from Calverton and Lind from
     * Boise.", "Courier writer Ann Roe contributed from Portland." Only names, "and", "from" and the places.
     */
    private static final Pattern REPORTED_FROM = Pattern.compile("^\\W*(?:" + NAME_WORDS + "\\s+\\p{Ll}+\\s+)?" + NAME_WORDS
            + "\\s+(?:reported|contributed|wrote)\\s+from\\s+" + NAME_WORDS + "(?:,?\\s+and\\s+" + NAME_WORDS
            + "\\s+from\\s+" + NAME_WORDS + ")*\\W*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COPYRIGHT = Pattern.compile("\\s*(?:©|copyright\\b)", Pattern.CASE_INSENSITIVE);
    /** A credit word then, within a few words, the colon ("Host: …"), slash or "by" that introduces the names. */
    private static final Pattern INTRODUCED = Pattern.compile("^\\W*(?:\\p{L}+\\W+){0,2}?(?:\\p{L}+\\s*)?(?::|/|\\bby\\b|\\bvon\\b|\\bpor\\b|\\bpar\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** The credit words that are prepositions, after which a byline's names follow. */
    private static final Pattern PREPOSITIONS = Pattern.compile("(?iu)by|von|por|par");
    /** Names and what joins them, to the end of the line: "Ann Roe and Bo Lind", "Ann Roe, Bo Lind · Courier". */
    private static final Pattern NAMES_ONLY = Pattern.compile(
            "(?:[\\s,;·|*_&]|\\band\\b|\\p{Lu}[\\p{L}.'’-]*)+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MAX_NAMES_CREDIT_WORDS = 10;
    /**
     * A desk's byline, then the reporters it writes with: "Par la rédaction d'Ouest Littoral, avec Ann Roe et Bo
     * Lind", "By the Courier staff, with Ann Roe", "Von der Redaktion, mit Ann Roe und Bo Lind".
     */
    private static final Pattern DESK_WITH_NAMES = Pattern.compile("(?iu)^\\W*(?:by|von|por|par)\\s+[^,;:.!?]{1,60}?,?"
            + "\\s+(?:with|avec|con|mit|com)\\s+(?=\\p{Lu})");
    /** The names a desk's byline writes with, and what joins them in each language: "Ann Roe et Bo Lind". */
    private static final Pattern NAMES_JOINED = Pattern.compile(
            "(?:[\\s,;·|*_&]|\\b(?:and|et|y|e|und|и)\\b|\\p{Lu}[\\p{L}.'’-]*)+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MAX_DESK_CREDIT_WORDS = 16;
    /** A programme's production credit: "The Civic Hour is a production of Fernley Radio", "X is a podcast from Y". */
    private static final Pattern PRODUCTION = Pattern.compile("^\\W*(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,5}is\\s+an?\\s+"
            + "(?:\\p{L}+\\s+)?(?:production|podcast|programme|program|show|series)\\s+(?:of|from|by)\\s+",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern FURNITURE = Pattern.compile("(?iu)^\\W*(?:share(?: this)?(?: article| story)?\\b"
            + "|print\\b|e-?mail\\b|comments?\\s*\\(\\d+\\)|story topics\\b|\\d+\\s*min(?:ute)?s?\\s+read\\b"
            + "|advertisement\\b|sign up\\b|subscribe\\b|follow us\\b|copy link\\b|read more\\b|most read\\b"
            + "|related(?:\\s+\\p{L}+)?\\s*:|tags?\\s*:|topics?\\s*:)");
    /** A line of links or labels run together with separators: "Email · Copy link · Print". */
    private static final Pattern SEPARATED = Pattern.compile("(?:[^·|•]{1,30}[·|•]){2,}[^·|•]{0,30}");
    private static final int MAX_FURNITURE_WORDS = 12;
    /**
     * The notice of an automated transcript, in any language, since a page may carry its service's notice in English
     * ("Automated transcript: this text was produced by speech recognition…", "Transcription automatique").
     */
    private static final List<String> TRANSCRIPT_NOTICES = Lexicon.LANGUAGES.stream()
            .flatMap(language -> Lexicon.cues("transcript-notices", language).stream()).distinct().toList();
    /** Where the credits of a line run together part: a full stop before a capital, a bar or a dot between spaces. */
    private static final Pattern CREDIT_PIECES = Pattern.compile("(?<=\\.)\\s+(?=\\p{Lu}|\\d)|\\s+[|·•]\\s+");

    private PageClutter() {
    }

    /** Whether the paragraph is page furniture, a byline or a credit line rather than story text. */
    static boolean isClutter(String paragraph) {
        return isCredit(paragraph) || isFurniture(paragraph);
    }

    /**
     * Whether the paragraph is page furniture: a share bar, a comment count, a sign-up prompt, an automated
     * transcript's notice.
     */
    static boolean isFurniture(String paragraph) {
        List<Token> words = Tokenizer.words(paragraph, 0, paragraph.length(), MAX_CREDIT_WORDS + 1);
        return words.size() <= MAX_FURNITURE_WORDS && (FURNITURE.matcher(paragraph).find()
                || SEPARATED.matcher(paragraph.strip()).matches())
                || words.size() <= MAX_CREDIT_WORDS && isTranscriptNotice(paragraph);
    }

    private static boolean isTranscriptNotice(String paragraph) {
        String lower = Lexicon.lower(paragraph);
        return TRANSCRIPT_NOTICES.stream().anyMatch(lower::contains);
    }

    /**
     * Whether a line that opens with the preposition of a byline goes on as a sentence: a lower-case word after it and
     * more words than a credit names ("Por la librería pasaron…", "By the end of the day…", "Par ailleurs, le maire…"),
     * where a byline names its people ("Por Ana Roe") or a desk ("By staff writers").
     */
    private static boolean sentenceAfterPreposition(List<Token> words) {
        return words.size() > MAX_NAMES_CREDIT_WORDS && PREPOSITIONS.matcher(words.getFirst().text()).matches()
                && !words.get(1).capitalised();
    }

    /**
     * Whether the paragraph is a byline or a credit line, or a line of credits run together, each piece a credit or
     * furniture: "Produced by Ann Roe. Host: Bo Lind. 34 min".
     */
    static boolean isCredit(String paragraph) {
        List<Token> words = Tokenizer.words(paragraph, 0, paragraph.length(), MAX_CREDIT_WORDS + 1);
        if (words.isEmpty() || words.size() > MAX_CREDIT_WORDS || paragraph.strip().endsWith("?")) {
            return false; // a question is no byline: "—¿Por qué dejaste la telenovela?" asks, "Por Ana Roe" credits
        }
        if (isSingleCredit(paragraph, words)) {
            return true;
        }
        String[] pieces = CREDIT_PIECES.split(paragraph.strip());
        if (pieces.length < 2) {
            return false;
        }
        boolean credited = false;
        for (String piece : pieces) {
            List<Token> pieceWords = Tokenizer.words(piece, 0, piece.length(), MAX_CREDIT_WORDS + 1);
            boolean credit = !pieceWords.isEmpty() && isSingleCredit(piece, pieceWords);
            if (!credit && !BoilerplateFilter.isFurniture(piece)) {
                return false;
            }
            credited |= credit;
        }
        return credited;
    }

    private static boolean isSingleCredit(String paragraph, List<Token> words) {
        if (CONTRIBUTED_WORDS.mayOccurIn(Lexicon.lower(paragraph)) && CONTRIBUTED.matcher(paragraph).find()
                || COPYRIGHT.matcher(paragraph).lookingAt() || CONTACT.matcher(paragraph).lookingAt()
                || words.size() <= MAX_FURNITURE_WORDS && REPORTED_FROM.matcher(paragraph).matches()) {
            return true;
        }
        Matcher produced = PRODUCTION.matcher(paragraph);
        if (produced.lookingAt() && NAMES_ONLY.matcher(paragraph.substring(produced.end())).matches()) {
            return true;
        }
        Matcher desk = DESK_WITH_NAMES.matcher(paragraph);
        if (words.size() <= MAX_DESK_CREDIT_WORDS && desk.lookingAt()
                && NAMES_JOINED.matcher(paragraph.substring(desk.end())).matches()) {
            return true;
        }
        Matcher introduced = INTRODUCED.matcher(paragraph);
        if (introduced.lookingAt() && words.size() <= MAX_NAMES_CREDIT_WORDS
                && NAMES_ONLY.matcher(paragraph.substring(introduced.end())).matches()) {
            return true; // "Live coverage by Ann Roe and Bo Lind": a line of nothing but the names it credits
        }
        return Lexicon.isCreditWord(words.getFirst().text()) && INTRODUCED.matcher(paragraph).lookingAt()
                && !sentenceAfterPreposition(words)
                || Lexicon.isCreditWord(words.getFirst().text()) && words.size() <= 8 && Character.isUpperCase(
                words.get(Math.min(1, words.size() - 1)).text().charAt(0));
    }
}
