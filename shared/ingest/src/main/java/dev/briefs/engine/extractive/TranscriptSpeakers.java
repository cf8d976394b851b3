package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a transcript's labels name, and which of them make the programme rather than appear in it. "KALANI" after
 * "SEN. RUTH KALANI (D), CALIFORNIA" is one speaker, shown as the running text writes her name ("Ruth Kalani"), or
 * in title case, or, on a caption page, as the label writes it. Journalists (the anchor, the host, the reporter)
 * narrate and ask; their turns are the story's telling, not quotes, and they are no actors. A speaker is one when:
 * the label or the running text gives them a journalist's role ("our reporter tessa quill", "JANE DOE,
 * CORRESPONDENT"); they sign off with their own name; another turn hands over to them by first name ("tessa?");
 * most of their turns are questions; or they are the unlabelled anchor, whom the next turn thanks by name.
 */
final class TranscriptSpeakers {

    /**
     * One speaker.
     *
     * @param name       the name as the brief shows it, or empty when the label names nobody ("UNIDENTIFIED MALE")
     * @param role       the role the label gives, or empty
     * @param journalist whether they make the programme: their words are no quotes
     */
    record Speaker(String name, String role, boolean journalist) {

        boolean named() {
            return !name.isEmpty();
        }
    }

    private static final int MAX_WORDS_BEFORE_NAME = 3;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "Felix Arbogast reports", "… has more": the words after a name that hand the story to a reporter. */
    private static final Pattern HANDED_OVER = Pattern.compile("(?iu)^,?\\s+(?:reports|reporting|has more|has the story"
            + "|has the latest|has details|is live|is standing by|joins us live)\\b");
    /** A courtesy of the language or of English ("thank you", "merci"), unanchored: the readers look at or find it. */
    private static final Map<String, Pattern> COURTESY = Lexicon.perLanguage(language -> Pattern.compile(
            Lexicon.anyPhrase(courtesies(language))));
    /** The courtesy that opens a turn, then the name it thanks: "thanks, ron." */
    private static final Map<String, Pattern> THANKED = Lexicon.perLanguage(language -> Pattern.compile(
            "^(?:" + Lexicon.anyPhrase(courtesies(language)) + ")\\s*,\\s*(\\p{L}+)"));

    private final List<Speaker> speakers;

    private TranscriptSpeakers(List<Speaker> speakers) {
        this.speakers = List.copyOf(speakers);
    }

    Speaker get(int id) {
        return speakers.get(id);
    }

    int size() {
        return speakers.size();
    }

    static List<String> courtesies(String language) {
        return withEnglish("courtesy", language);
    }

    /** The pattern of {@link #courtesies}, compiled once per language. */
    static Pattern courtesy(String language) {
        return COURTESY.get(language);
    }

    /** The phrases of a transcript's cue section in {@code language} and in English, which captions borrow. */
    static List<String> withEnglish(String section, String language) {
        Set<String> phrases = new HashSet<>(Lexicon.cues(section, "en"));
        phrases.addAll(Lexicon.cues(section, language));
        return List.copyOf(phrases);
    }

    /** The labels of a transcript as they are read, each turn's label matched to the speaker it names. */
    static final class Labels {

        /** A speaker while the labels are read: the longest form of their name seen, its words, their role. */
        private static final class Draft {
            String written;
            List<String> words;
            String role;
            boolean unnamed;
            boolean journalistLabel;
        }

        private final List<Draft> drafts = new ArrayList<>();

        /** The speaker a label names ("KALANI" is the "SEN. RUTH KALANI" read before); returns their id. */
        int add(String label, String role) {
            List<String> written = List.of(SPACES.split(label.strip()));
            int first = 0;
            while (first < written.size() - 1 && isTitle(written.get(first))) {
                first++;
            }
            List<String> words = written.subList(first, written.size()).stream().map(Lexicon::lower).toList();
            for (int id = drafts.size() - 1; id >= 0; id--) {
                Draft known = drafts.get(id);
                if (endsWith(known.words, words) || endsWith(words, known.words)
                        || words.size() == 1 && known.words.getFirst().equals(words.getFirst())) {
                    if (words.size() > known.words.size()) {
                        known.words = words;
                        known.written = String.join(" ", written.subList(first, written.size()));
                    }
                    known.role = known.role.isEmpty() ? role : known.role;
                    known.journalistLabel |= journalistWords(label + " " + role);
                    return id;
                }
            }
            Draft draft = new Draft();
            draft.written = String.join(" ", written.subList(first, written.size()));
            draft.words = words;
            draft.role = role;
            // "UNIDENTIFIED MALE", "REPORTER", "witness": a label of nouns names nobody.
            draft.unnamed = words.stream().anyMatch(Lexicon::isUnnamedSpeaker) || words.stream().allMatch(
                    word -> Lexicon.isJournalist(word) || Lexicon.isRoleHead(word) || Lexicon.isPeopleNoun(word)
                            || Lexicon.isDeterminer(word));
            draft.journalistLabel = journalistWords(label + " " + role);
            drafts.add(draft);
            return drafts.size() - 1;
        }

        /** The speakers, with their names as the brief shows them and who among them are journalists. */
        TranscriptSpeakers speakers(SegmentedArticle page, List<Transcript.Turn> turns, boolean caseless) {
            String body = page.body();
            // A caption page's own lower case is kept; capitals are recased as the text writes them, or by title.
            boolean keepLabels = caseless && !Transcript.shouting(body, turns);
            List<String> names = new ArrayList<>();
            boolean[] journalist = new boolean[drafts.size()];
            for (int id = 0; id < drafts.size(); id++) {
                Draft draft = drafts.get(id);
                List<int[]> mentions = draft.unnamed ? List.of() : mentions(page, turns, String.join(" ", draft.words));
                String name = draft.unnamed ? "" : keepLabels ? draft.written : asWritten(page, mentions, draft);
                names.add(name);
                journalist[id] = draft.journalistLabel || !name.isEmpty() && (introducedAsJournalist(body, mentions)
                        || signsOff(turns, id, name, mentions) || handedOver(body, turns, id, draft.words.getFirst())
                        || mostlyAsks(body, turns, id));
            }
            for (int id : thankedAnchors(page, turns, journalist)) {
                journalist[id] = true;
            }
            List<Speaker> speakers = new ArrayList<>();
            for (int id = 0; id < drafts.size(); id++) {
                speakers.add(new Speaker(names.get(id), drafts.get(id).role, journalist[id]));
            }
            return new TranscriptSpeakers(speakers);
        }

        /**
         * The anchor, thanked by first name when the story is handed back: by the turn after the anchor's unlabelled
         * one ("&gt;&gt; tessa quill: thanks, ron."), and later when ron is labelled; or by a journalist the anchor's
         * turn handed over to ("… gail ostrander has your forecast." "&gt;&gt; gail ostrander: thanks, ron.").
         */
        private List<Integer> thankedAnchors(SegmentedArticle page, List<Transcript.Turn> turns, boolean[] journalist) {
            Set<String> anchorNames = new HashSet<>();
            List<Integer> anchors = new ArrayList<>();
            Pattern thanks = THANKED.get(page.language());
            for (int i = 1; i < turns.size(); i++) {
                Transcript.Turn before = turns.get(i - 1);
                Transcript.Turn turn = turns.get(i);
                if (!turn.labelled() || turn.spoken().isEmpty() || before.spoken().isEmpty()) {
                    continue;
                }
                Transcript.Span opening = turn.spoken().getFirst();
                Matcher thanked = thanks.matcher(page.body()).region(opening.start(), opening.end());
                if (!thanked.lookingAt()) {
                    continue;
                }
                String name = Lexicon.lower(thanked.group(1));
                if (!before.labelled()) {
                    anchorNames.add(name);
                } else if (journalist[turn.speaker()] && before.speaker() != turn.speaker()
                        && drafts.get(before.speaker()).words.getFirst().equals(name)
                        && handsOverTo(page, before, drafts.get(turn.speaker()).words.getFirst())) {
                    anchors.add(before.speaker());
                }
            }
            for (int id = 0; id < drafts.size(); id++) {
                if (anchorNames.contains(drafts.get(id).words.getFirst())) {
                    anchors.add(id);
                }
            }
            return anchors;
        }

        /** Whether a turn ends by handing over: with a question, or naming the one who speaks next. */
        private static boolean handsOverTo(SegmentedArticle page, Transcript.Turn turn, String firstName) {
            Transcript.Span last = turn.spoken().getLast();
            String text = Lexicon.lower(page.text(last.start(), last.end()));
            return text.endsWith("?") || Pattern.compile("(?<![\\p{L}])" + Pattern.quote(firstName) + "(?![\\p{L}])")
                    .matcher(text).find();
        }

        /** The name as the running text writes it ("Ruth Kalani" for "RUTH KALANI"), else in title case. */
        private static String asWritten(SegmentedArticle page, List<int[]> mentions, Draft draft) {
            for (int[] at : mentions) {
                String written = page.text(at[0], at[1]);
                if (written.chars().anyMatch(Character::isLowerCase)) {
                    return written;
                }
            }
            StringBuilder titled = new StringBuilder();
            Matcher word = Pattern.compile("\\p{L}+|[^\\p{L}]+").matcher(draft.written);
            while (word.find()) {
                String part = word.group();
                titled.append(Character.isLetter(part.charAt(0))
                        ? part.charAt(0) + part.substring(1).toLowerCase(Locale.ROOT) : part);
            }
            return titled.toString(); // "O'BRIEN" is "O'Brien", "REYES-HALE" "Reyes-Hale"
        }
    }

    /** Where {@code name} stands in the spoken text, any case, as whole words. */
    static List<int[]> mentions(SegmentedArticle page, List<Transcript.Turn> turns, String name) {
        String body = page.body();
        List<int[]> found = new ArrayList<>();
        for (Transcript.Turn turn : turns) {
            for (Transcript.Span span : turn.spoken()) {
                for (int at = span.start(); at + name.length() <= span.end(); at++) {
                    if (body.regionMatches(true, at, name, 0, name.length()) && !wordChar(body, at - 1)
                            && !wordChar(body, at + name.length())) {
                        found.add(new int[] {at, at + name.length()});
                        at += name.length();
                    }
                }
            }
        }
        return found;
    }

    private static boolean wordChar(String body, int at) {
        return at >= 0 && at < body.length() && Character.isLetterOrDigit(body.charAt(at));
    }

    /** "our reporter tessa quill", "meteorologist gail ostrander", "Felix Arbogast, our correspondent", "X reports". */
    private static boolean introducedAsJournalist(String body, List<int[]> mentions) {
        for (int[] at : mentions) {
            int sentenceStart = Math.max(body.lastIndexOf(". ", at[0]), body.lastIndexOf('\n', at[0]));
            List<Token> before = Tokenizer.words(body, Math.max(0, sentenceStart + 1), at[0]);
            for (int i = Math.max(0, before.size() - MAX_WORDS_BEFORE_NAME); i < before.size(); i++) {
                if (Lexicon.isJournalist(before.get(i).bare())) {
                    return true;
                }
            }
            String after = RoleFinder.after(body, at[1], Math.min(body.length(), at[1] + 120));
            if (journalistWords(after) || HANDED_OVER.matcher(body).region(at[1], body.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** "reporting live from marlow bay, tessa quill, channel 9 news": a speaker who names themselves signs off. */
    private static boolean signsOff(List<Transcript.Turn> turns, int id, String name, List<int[]> mentions) {
        if (name.indexOf(' ') < 0) {
            return false;
        }
        for (Transcript.Turn turn : turns) {
            for (Transcript.Span span : turn.speaker() == id ? turn.spoken() : List.<Transcript.Span>of()) {
                if (mentions.stream().anyMatch(at -> span.start() <= at[0] && at[1] <= span.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "… is at the bridge for us. tessa?": another turn ends by handing over to the speaker by first name. */
    private static boolean handedOver(String body, List<Transcript.Turn> turns, int id, String firstName) {
        Pattern handOver = Pattern.compile("(?:^|[.!?]\\s+)" + Pattern.quote(firstName) + "\\?$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (int i = 0; i + 1 < turns.size(); i++) {
            Transcript.Turn turn = turns.get(i);
            if (turn.speaker() != id && turns.get(i + 1).speaker() == id && !turn.spoken().isEmpty()) {
                Transcript.Span last = turn.spoken().getLast();
                if (handOver.matcher(body.substring(last.start(), last.end())).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An interviewer: two turns or more, most of them ending in a question. */
    private static boolean mostlyAsks(String body, List<Transcript.Turn> turns, int id) {
        int own = 0;
        int questions = 0;
        for (Transcript.Turn turn : turns) {
            if (turn.speaker() == id && turn.labelEnd() > turn.labelStart() && !turn.spoken().isEmpty()) {
                own++;
                questions += body.charAt(turn.spoken().getLast().end() - 1) == '?' ? 1 : 0;
            }
        }
        return own >= 2 && questions * 2 > own;
    }

    /** Whether a label or role holds a journalist's noun: "CNN ANCHOR", "our correspondent in Sacramento". */
    static boolean journalistWords(String text) {
        for (String word : text.split("[^\\p{L}-]+")) {
            if (!word.isEmpty() && Lexicon.isJournalist(word)) {
                return true;
            }
        }
        return false;
    }

    /** A title before a label's name: "SEN.", "DR.", "PRESIDENT", "MAYOR". */
    private static boolean isTitle(String word) {
        return word.endsWith(".") || Lexicon.isHonorific(word) || Lexicon.isRoleHead(word);
    }

    private static boolean endsWith(List<String> words, List<String> suffix) {
        return suffix.size() <= words.size() && words.subList(words.size() - suffix.size(), words.size()).equals(suffix);
    }
}
