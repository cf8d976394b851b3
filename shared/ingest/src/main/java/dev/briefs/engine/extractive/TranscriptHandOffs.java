package dev.briefs.engine.extractive;

import dev.briefs.article.SentenceSplitter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks a caption turn that no label names, known as a viewer knows it, from the turn before: a turn that ends by
 * introducing someone ("the district superintendent, marisol fenn, spoke with us earlier.", "joining me now is state
 * senator ruth kalani, who wrote the law. senator, thanks for being here.") hands the next turn to them; a question
 * to a guest introduced before, by name or title ("gloria, why later?"), or a question naming no one after a guest's
 * answer ("when does it take effect?"), is that guest's to answer. A turn handed to a colleague ("corey?") stays the
 * programme's telling, and one handed to the traffic or the weather is no part of the story.
 */
final class TranscriptHandOffs {

    /**
     * Someone a turn introduces, as the captions write them, with the role written there; {@code byRole} when only
     * the role before the name introduced them, in a sentence that goes on ("board president ada bren voted yes").
     */
    record Guest(String name, String role, boolean byRole) {

        Guest(String name, String role) {
            this(name, role, false);
        }
    }

    /**
     * A name set right after its role, as {@link #titled} reads it: the role, where the name stands, and whether its
     * clause goes on to a verb of speech or action, as its subject's does ("… ada bren one of the two no votes said").
     */
    record Titled(String role, int start, int end, boolean acts) {
    }

    /**
     * What the turn before says of one turn.
     *
     * @param guest   the guest who speaks it, or null when the programme does
     * @param segment whether it is a traffic or weather segment handed to a colleague
     */
    record HandOff(Guest guest, boolean segment) {

        static final HandOff PROGRAMME = new HandOff(null, false);
    }

    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 3;
    /** An address opens a sentence with a name or a title and a comma: "gloria, why later?", "dr. roe, thank you." */
    private static final int MAX_ADDRESS_WORDS = 2;
    /** Where captions write no question marks, a host's question is a turn of one sentence this short at most. */
    private static final int MAX_UNMARKED_QUESTION_WORDS = 20;
    /** How far after a name its clause's verb may stand: "ada bren one of the two no votes said". */
    private static final int MAX_WORDS_TO_VERB = 8;
    /** The words of the courtesies of every language ("thank you", "merci"): no part of a name. */
    private static final Set<String> COURTESY_WORDS = courtesyWords();
    /** The words that open a question, in the page's language and in English: "what", "and if". */
    private static final Map<String, Pattern> QUESTION_OPENER = Lexicon.perLanguage(language ->
            Pattern.compile(Lexicon.anyPhrase(TranscriptSpeakers.withEnglish("question-openers", language))));
    private static final Map<String, Pattern> INTRODUCTION = Lexicon.perLanguage(language ->
            Pattern.compile(Lexicon.anyPhrase(TranscriptSpeakers.withEnglish("introductions", language))));

    private TranscriptHandOffs() {
    }

    /**
     * One hand-off per turn of {@code turns}; labelled turns and the first are the programme's here. On a page of
     * {@code paragraphTurns} (no "&gt;&gt;" marks), each paragraph is a turn; else one without a mark runs on.
     */
    static List<HandOff> read(SegmentedArticle page, List<Transcript.Turn> turns, boolean paragraphTurns) {
        String body = page.body();
        Pattern introduction = INTRODUCTION.get(page.language());
        Pattern courtesy = TranscriptSpeakers.courtesy(page.language());
        Pattern questionOpener = QUESTION_OPENER.get(page.language());
        boolean questionMarks = turns.stream().flatMap(turn -> turn.spoken().stream())
                .anyMatch(span -> body.substring(span.start(), span.end()).indexOf('?') >= 0);
        List<Guest> guests = new ArrayList<>();
        List<HandOff> handOffs = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            Transcript.Turn turn = turns.get(i);
            if (turn.labelled() || i == 0 || turns.get(i - 1).spoken().isEmpty()) {
                handOffs.add(HandOff.PROGRAMME);
            } else if (!paragraphTurns && turn.labelStart() == turn.labelEnd()) {
                handOffs.add(handOffs.get(i - 1)); // a paragraph without "&gt;&gt;" runs on the turn before
            } else {
                List<String> before = sentences(body, turns.get(i - 1));
                Guest introduced = inOwnWords(introduced(before, introduction, courtesy), page, turn);
                Guest guest = introduced;
                if (introduced != null) {
                    guests.removeIf(known -> surname(known).equals(surname(introduced)));
                    guests.add(introduced);
                } else if (asks(before, questionMarks, questionOpener)) {
                    String addressed = addressee(before.getLast());
                    guest = addressed == null ? answering(handOffs, i) : addressedGuest(guests, addressed);
                }
                handOffs.add(new HandOff(guest, guest == null && handsToSegment(before)));
            }
        }
        return List.copyOf(handOffs);
    }

    /**
     * Whether a turn ends by asking: with a question mark, or, on captions that write none, as one short sentence
     * opening as a question does ("and if it doesn't work", "what do you tell parents"): a host's question.
     */
    private static boolean asks(List<String> sentences, boolean questionMarks, Pattern questionOpener) {
        String last = sentences.getLast();
        return last.endsWith("?") || !questionMarks && sentences.size() == 1
                && questionOpener.matcher(last).lookingAt()
                && Tokenizer.words(last, 0, last.length()).size() <= MAX_UNMARKED_QUESTION_WORDS;
    }

    /**
     * The guest, when the turn handed to them speaks in the first person ("we cannot pay…", "no podemos…"), as a
     * sound bite does; one introduced only by the role before their name may be someone the turn before told of
     * ("… mayor ada bren will sign it friday"), and then the next turn is the programme's.
     */
    private static Guest inOwnWords(Guest guest, SegmentedArticle page, Transcript.Turn turn) {
        if (guest == null || !guest.byRole()) {
            return guest;
        }
        for (Transcript.Span span : turn.spoken()) {
            if (FirstPerson.speaks(page.body(), span.start(), span.end(), page.language())) {
                return guest;
            }
        }
        return null;
    }

    /** The sentences of a turn, in lower case. */
    private static List<String> sentences(String body, Transcript.Turn turn) {
        List<String> sentences = new ArrayList<>();
        for (Transcript.Span span : turn.spoken()) {
            for (int[] range : SentenceSplitter.splitCaseless(body, span.start(), span.end())) {
                sentences.add(Lexicon.lower(body.substring(range[0], range[1]).strip()));
            }
        }
        return sentences;
    }

    /**
     * The guest the turn ends by introducing: the last sentence that introduces someone, when all after it only
     * address or ask them ("doctor, how worried should parents be?").
     */
    private static Guest introduced(List<String> sentences, Pattern introduction, Pattern courtesy) {
        Set<String> addressed = new HashSet<>();
        for (int i = sentences.size() - 1; i >= 0; i--) {
            Guest guest = introduction(sentences.get(i), introduction, addressed);
            if (guest != null) {
                return guest;
            }
            String sentence = sentences.get(i);
            String addressee = addressee(sentence);
            if (!sentence.endsWith("?") && addressee == null && !courtesy.matcher(sentence).lookingAt()) {
                return null; // the turn goes on telling: the one introduced spoke earlier, or not at all
            }
            if (addressee != null) {
                addressed.add(words(addressee).getFirst());
            }
        }
        return null;
    }

    /**
     * The person a sentence introduces, the last one in it: after an introduction ("joining me now is", "i spoke
     * with") or in an apposition after a role ("a restaurant owner, lucia brandt, who…"); null when it introduces a
     * colleague ("our reporter…") or no name. A word the host then {@code addressed} the guest by starts their name
     * where the role before it is not known ("harbor master oona greer … oona, how bad is it?").
     */
    static Guest introduction(String sentence, Pattern introduction, Set<String> addressed) {
        String text = sentence.replaceAll("[.!?]+$", "");
        String[] clauses = text.split(",");
        Guest found = null;
        Matcher phrase = introduction.matcher(text);
        while (phrase.find()) {
            String[] rest = text.substring(phrase.end()).split(",");
            // "i talked to a nurse, tomasz bielski, who…": after an introduction the name may follow its description.
            Guest guest = named(rest[0], addressed);
            found = guest != null ? guest : rest.length > 1 ? apposed(rest[0], rest[1]) : found;
        }
        for (int i = 0; i + 1 < clauses.length; i++) {
            Guest guest = endsWithRole(clauses[i]) ? apposed(clauses[i], clauses[i + 1]) : null;
            found = guest != null ? guest : found;
        }
        List<Titled> titled = titled(text, 0, text.length());
        if (found == null && !titled.isEmpty()) {
            Titled last = titled.getLast();
            found = new Guest(text.substring(last.start(), last.end()), last.role(), true);
        }
        return found;
    }

    /**
     * The names a caseless text sets right after their role, without the commas of an apposition: "board president
     * ada bren voted yes", "parent and nurse juno park has three kids", "the town's mayor dr. ada bren": a role head
     * or title, then a first name and a surname, two words that no list knows as any other word; a verb the lists
     * do not know may follow ("la alcaldesa ana roca votó"). A journalist ("education reporter nell okafor") or one
     * of "our" people is the programme's own.
     */
    static List<Titled> titled(String text, int from, int to) {
        List<Token> words = Tokenizer.words(text, from, to);
        List<Titled> found = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String head = words.get(i).text();
            if (!Lexicon.isRoleHead(head) && !Lexicon.isHonorific(head) || isRoleWord(words.get(i + 1).text())) {
                continue; // a name follows the last word of a role
            }
            int roleStart = i;
            while (roleStart > 0 && isRoleWord(words.get(roleStart - 1).text())
                    && adjacent(text, words.get(roleStart - 1), words.get(roleStart))) {
                roleStart--;
            }
            int end = i + 1;
            while (end < words.size() && end - i - 1 < MIN_NAME_WORDS && isNameWord(words.get(end).text())
                    && adjacent(text, words.get(end - 1), words.get(end))) {
                end++;
            }
            List<String> role = words.subList(roleStart, i + 1).stream().map(t -> Lexicon.lower(t.text())).toList();
            boolean own = role.stream().anyMatch(Lexicon::isJournalist)
                    || roleStart > 0 && Lexicon.lower(words.get(roleStart - 1).text()).equals("our");
            if (!own && end - i - 1 == MIN_NAME_WORDS) {
                found.add(new Titled(roleWords(role), words.get(i + 1).start(), words.get(end - 1).end(),
                        verbFollows(text, words, end)));
            }
        }
        return found;
    }

    /** Whether a verb of speech or action follows {@code words[from]} within a few words, in the same clause. */
    private static boolean verbFollows(String text, List<Token> words, int from) {
        for (int i = from; i < Math.min(words.size(), from + MAX_WORDS_TO_VERB); i++) {
            if (i > from && !adjacent(text, words.get(i - 1), words.get(i))) {
                return false;
            }
            String word = Lexicon.lower(words.get(i).text());
            if (Speech.isVerb(word) || Lexicon.isActingVerb(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether only white space stands between two words, or the full stop of a title ("dr. ada bren"): no comma or
     * sentence's end parts them.
     */
    private static boolean adjacent(String text, Token before, Token after) {
        String between = text.substring(before.end(), after.start());
        return between.isBlank() || between.strip().equals(".") && Lexicon.isHonorific(before.text());
    }

    /** "state representative malik oyelaran", "dr. anjali verhoeven", "kendra vasquez-lind": a role, then a name. */
    private static Guest named(String clause, Set<String> addressed) {
        List<String> words = words(clause);
        int first = 0;
        for (int i = 0; i < words.size(); i++) {
            if (isRoleWord(words.get(i))) {
                first = i + 1;
            }
        }
        for (int i = 1; i < words.size() && first == 0; i++) {
            first = addressed.contains(words.get(i)) ? i : 0; // the role is one the lists do not know
        }
        while (first < words.size() && Lexicon.isDeterminer(words.get(first))) {
            first++;
        }
        List<String> role = words.subList(0, first);
        if (role.contains("our") || role.stream().anyMatch(Lexicon::isJournalist)) {
            return null; // "our corey abadi", "our reporter tessa quill": the programme's own
        }
        int end = first;
        while (end < words.size() && isNameWord(words.get(end))) {
            end++;
        }
        boolean whole = end == words.size() || Lexicon.isFunctionWord(words.get(end));
        return whole && end - first >= MIN_NAME_WORDS && end - first <= MAX_NAME_WORDS
                ? new Guest(String.join(" ", words.subList(first, end)), roleWords(role)) : null;
    }

    /** ", ray dutton," after "one father": the clause after a role is a name and nothing else. */
    private static Guest apposed(String roleClause, String nameClause) {
        List<String> words = words(nameClause);
        if (words.size() < MIN_NAME_WORDS || words.size() > MAX_NAME_WORDS
                || !words.stream().allMatch(TranscriptHandOffs::isNameWord)) {
            return null;
        }
        List<String> role = words(roleClause);
        int from = role.size();
        while (from > 0 && !Lexicon.isDeterminer(role.get(from - 1)) && !Lexicon.isFunctionWord(role.get(from - 1))) {
            from--;
        }
        return role.contains("our") || role.stream().anyMatch(Lexicon::isJournalist) ? null
                : new Guest(String.join(" ", words), roleWords(role.subList(from, role.size())));
    }

    private static boolean endsWithRole(String clause) {
        List<String> words = words(clause);
        return !words.isEmpty() && (Lexicon.isRoleHead(words.getLast()) || Lexicon.isPeopleNoun(words.getLast()));
    }

    private static boolean isRoleWord(String word) {
        return Lexicon.isRoleHead(word) || Lexicon.isHonorific(word) || word.endsWith("'s") || word.endsWith("’s");
    }

    /** A word that may be part of a name written in lower case: no function word, role, date, verb or number. */
    private static boolean isNameWord(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
                && !Lexicon.isFunctionWord(word) && !Lexicon.isDeterminer(word) && !isRoleWord(word)
                && !Lexicon.isCalendarWord(word) && !Speech.isVerb(word) && !Lexicon.isActingVerb(word)
                && !Lexicon.isJournalist(word) && !Lexicon.isPeopleNoun(word)
                && !COURTESY_WORDS.contains(Lexicon.lower(word));
    }

    private static Set<String> courtesyWords() {
        Set<String> words = new HashSet<>();
        for (String language : Lexicon.LANGUAGES) {
            for (String phrase : TranscriptSpeakers.courtesies(language)) {
                words.addAll(List.of(Lexicon.lower(phrase).split("[^\\p{L}'’-]+")));
            }
        }
        return Set.copyOf(words);
    }

    private static String roleWords(List<String> role) {
        return String.join(" ", role.stream().filter(w -> !Lexicon.isDeterminer(w) && !Lexicon.isHonorific(w))
                .toList());
    }

    private static List<String> words(String clause) {
        List<String> words = new ArrayList<>();
        for (String word : clause.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The name or title a sentence opens by addressing ("gloria, why later?"), or the whole of "corey?"; or null. */
    static String addressee(String sentence) {
        int comma = sentence.indexOf(',');
        String head = comma > 0 ? sentence.substring(0, comma) : sentence.endsWith("?")
                ? sentence.substring(0, sentence.length() - 1) : "";
        List<String> words = words(head);
        return !words.isEmpty() && words.size() <= MAX_ADDRESS_WORDS
                && words.stream().allMatch(w -> isNameWord(w) || isRoleWord(w)) ? String.join(" ", words) : null;
    }

    /**
     * The colleague a sentence ends by calling where captions write no question mark: its last word is the first
     * name of the journalist it named before ("city hall reporter june talley has more june"); or null.
     */
    static String calledAtEnd(String sentence) {
        List<Token> words = Tokenizer.words(sentence, 0, sentence.length());
        String last = words.isEmpty() ? "" : Lexicon.lower(words.getLast().text());
        for (int k = 1; k + 2 < words.size(); k++) {
            String before = Lexicon.lower(words.get(k - 1).text());
            if (Lexicon.lower(words.get(k).text()).equals(last) && isNameWord(words.get(k + 1).text())
                    && (Lexicon.isJournalist(before) || before.equals("our"))) {
                return last;
            }
        }
        return null;
    }

    /** The guest a question is put to by a word of their name or role, or null (a colleague: "corey, what…?"). */
    private static Guest addressedGuest(List<Guest> guests, String addressed) {
        for (int i = guests.size() - 1; i >= 0; i--) {
            Guest guest = guests.get(i);
            List<String> known = new ArrayList<>(words(guest.name()));
            known.addAll(words(guest.role()));
            if (words(addressed).stream().anyMatch(w -> known.contains(w.replace(".", "")))) {
                return guest;
            }
        }
        return null;
    }

    /** A question naming no one, after a guest's answer, is theirs to answer too. */
    private static Guest answering(List<HandOff> handOffs, int turn) {
        return turn >= 2 && handOffs.get(turn - 1).guest() == null ? handOffs.get(turn - 2).guest() : null;
    }

    /** "let's check in with tanya on the traffic.", "meteorologist dev ramaswamy is tracking more rain. dev?" */
    private static boolean handsToSegment(List<String> sentences) {
        for (int i = Math.max(0, sentences.size() - 2); i < sentences.size(); i++) {
            for (String word : sentences.get(i).split("[^\\p{L}-]+")) {
                if (Lexicon.isSegmentWord(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String surname(Guest guest) {
        return guest.name().substring(guest.name().lastIndexOf(' ') + 1);
    }
}
