package dev.briefs.engine.extractive;

import dev.briefs.article.Block;
import dev.briefs.article.NumberedSentences;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
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
 * @param form      how the article sets the words off
 */
record Quotation(int paragraph, int open, int end, int textStart, int textEnd, boolean closed, Form form) {

    /** How the article sets a quotation off. */
    enum Form {
        /** Quotation marks, dialogue dashes or a block quotation. */
        MARKED,
        /** An interview's answer, whose speaker is the interviewee. */
        ANSWER
    }

    private static final Marks DOUBLE_MARKS = new Marks("\"“”„«»");
    /** How far before the opening mark the noun that names its words is looked for: "Dokumentation", "корреспонденту". */
    private static final int MAX_NOUN_BEFORE_CHARS = 20;
    private static final int MIN_INTERVIEW_ANSWERS = 2;
    /** The conjunction of a reason that opens an answer to "why?" ("Because…", "Perché…"), per language. */
    private static final Map<String, Pattern> REASON_REPLY = Lexicon.perLanguage(language ->
            Pattern.compile(Lexicon.anyPhrase(Lexicon.cues("reason-replies", language))));
    /** How many words the attribution that closes a dialogue line may have: "souffle-t-il", "dijo el alcalde de Soria". */
    private static final int MAX_CLOSING_ATTRIBUTION_WORDS = 6;
    private static final Marks SINGLE_MARKS = new Marks("'‘’‚‹›");
    private static final Pattern ANSWER = NumberedSentences.ANSWER_LABEL;
    /**
     * ", — said Ivanov. — " or ", — Ivanov said, — " inside a quotation, the verb one of its first two words, a
     * company's name in guillemets allowed in it (", — считает аналитик компании «Бор» Иванов. — "); or the
     * French incise ", a-t-elle déclaré devant la cour. ", ", explique-t-il. ", the verb inverted with its pronoun;
     * or the Spanish and Portuguese one between dashes set close to it, " —lamentó—, ", " —disse ele—. ".
     */
    private static final Pattern INNER_ATTRIBUTION = Pattern.compile(
            "(?:[,.!?…]?\\s+[—–]\\s+(\\p{L}+)\\s+(\\p{L}+)(?:[^—–«»“”\"]|«[^«»]{1,40}»){0,80}?[.,]\\s+[—–]\\s+"
                    + "|,\\s+(\\p{L}+)(?:-t)?-(?:il|elle|ils|elles)(?:\\s+(\\p{L}+))?[^—–«»“”\"]{0,80}?[.,]\\s+"
                    // langs4: the incise without inversion, ", explique Ana Roe. ", ", dijo Ocaña, ", ", ha detto il sindaco, "
                    + "|,\\s+(\\p{L}+)\\s+(\\p{L}+)[^—–«»“”\".,;:!?]{0,60}[.,]\\s+"
                    // frames8: the incise between dashes set close, as Spanish and Portuguese write it: " —lamentó—, "
                    + "|\\s+[—–](\\p{L}+)(?:\\s+(\\p{L}+))?[^—–«»“”\"]{0,60}?[—–][,.;:]?\\s+)(?=\\S)");
    /** What every form of {@link #INNER_ATTRIBUTION} holds: the dashes of the first, the comma that opens the others. */
    private static final Marks INNER_ATTRIBUTION_MARKS = new Marks("—–,");
    /** A speaker's role after the name in an incise, up to where the words go on: "porte-parole du collectif. ". */
    private static final Pattern APPOSITION_END = Pattern.compile("[^—–«»“”\".,;:!?]{1,60}[.,]\\s+(?=\\S)");
    /** The longest name apposed to an incise's description: "Jean-Marc de La Roche". */
    private static final int MAX_APPOSED_NAME_WORDS = 4;
    /** A trailing "— Jane Doe" credit inside a block quotation. */
    private static final Pattern BLOCK_CREDIT = Pattern.compile("\\s+[—–-]{1,2}\\s*\\p{Lu}[^—–]{1,60}$");

    /** Finds the quotations of the paragraph {@code body[from, to)}, written in {@code language}. */
    static List<Quotation> find(String body, int paragraph, int from, int to, Block.Kind kind, String language) {
        List<Quotation> found = scan(body, paragraph, from, to, DOUBLE_MARKS);
        boolean unmarked = !containsAny(body, from, to, DOUBLE_MARKS);
        if (found.isEmpty() && unmarked || namesOnly(body, found, language)) {
            List<Quotation> dashed = dialogue(body, paragraph, from, to, kind == Block.Kind.LIST_ITEM);
            if (dashed.isEmpty() && kind == Block.Kind.PARAGRAPH) {
                dashed = closingAttribution(body, paragraph, from, to);
            }
            found = dashed.isEmpty() ? found : dashed;
        }
        if (found.isEmpty() && unmarked) {
            found = scan(body, paragraph, from, to, SINGLE_MARKS);
        }
        if (found.isEmpty() && kind == Block.Kind.QUOTE) {
            Matcher credit = BLOCK_CREDIT.matcher(body).region(from, to);
            int textEnd = credit.find() ? credit.start() : to;
            found = List.of(new Quotation(paragraph, from, textEnd, from, textEnd, false, Form.MARKED));
        }
        if (found.isEmpty()) {
            Matcher answer = ANSWER.matcher(body).region(from, to);
            if (answer.lookingAt() && answer.end() < to) {
                // "A: …" in an interview: the answer is the interviewee's quotation, without marks.
                found = List.of(new Quotation(paragraph, from, to, answer.end(), to, false, Form.ANSWER));
            }
        }
        List<Quotation> split = new ArrayList<>();
        for (Quotation quotation : found) {
            split.addAll(quotation.form() == Form.MARKED ? splitAtInnerAttribution(body, quotation) : List.of(quotation));
        }
        return split;
    }

    /**
     * The answers of an interview written without marks, as a parser leaves bold questions: a paragraph that asks
     * (it ends with a question mark) and the paragraph after it, which answers in the first person ("I froze the
     * permit on my second day.", or by the verb's ending alone where the language drops the pronoun: "lo abbiamo
     * chiesto") or opens with the conjunction of a reason, as a paragraph does only when it answers a question
     * ("Because the boat was never ordered."). Neither holds a quotation mark; an article needs
     * {@value #MIN_INTERVIEW_ANSWERS} such pairs, one at least in the first person, to be an interview, so an
     * explainer's question subheads answered by the reporter are not one.
     *
     * @param paragraphs each block as {@code {start, end}} offsets into {@code body}, or null for a block that is no
     *                   paragraph of prose (a heading, a quotation, clutter)
     */
    static List<Quotation> interviewAnswers(String body, List<int[]> paragraphs, String language) {
        List<Quotation> answers = new ArrayList<>();
        boolean inFirstPerson = false;
        for (int i = 1; i < paragraphs.size(); i++) {
            int[] question = paragraphs.get(i - 1);
            int[] reply = paragraphs.get(i);
            if (question == null || reply == null || !asks(body, question) || asks(body, reply)
                    || containsAny(body, question[0], question[1], DOUBLE_MARKS)
                    || containsAny(body, reply[0], reply[1], DOUBLE_MARKS)) {
                continue;
            }
            int textStart = reply[0];
            while (textStart < reply[1] && (isSpace(body.charAt(textStart)) || isDash(body.charAt(textStart)))) {
                textStart++; // "— Я всегда любила готовить.": the dash that opens a reply
            }
            boolean firstPerson = FirstPerson.speaks(body, reply[0], reply[1], language);
            if (firstPerson || givesReason(body, textStart, reply[1], language)) {
                inFirstPerson |= firstPerson;
                answers.add(new Quotation(i, reply[0], reply[1], textStart, trimmedEnd(body, textStart, reply[1]), true,
                        Form.ANSWER));
            }
        }
        return answers.size() >= MIN_INTERVIEW_ANSWERS && inFirstPerson ? answers : List.of();
    }

    private static boolean givesReason(String body, int from, int to, String language) {
        return REASON_REPLY.get(language).matcher(body).region(from, to).lookingAt();
    }

    private static boolean asks(String body, int[] paragraph) {
        String text = body.substring(paragraph[0], paragraph[1]).strip();
        return text.endsWith("?");
    }

    /**
     * «Текст, — сказал Иванов. — Ещё текст»: Russian (and some French and Spanish) writing puts the attribution
     * inside the marks, between dashes, and French also as an incise («Texte, a-t-il dit. Suite»). The quotation
     * becomes two, and the attribution stands between them.
     */
    private static List<Quotation> splitAtInnerAttribution(String body, Quotation quotation) {
        if (!containsAny(body, quotation.textStart(), quotation.textEnd(), INNER_ATTRIBUTION_MARKS)) {
            return List.of(quotation); // a scan of the characters is far cheaper than the pattern tried at each
        }
        Matcher inner = INNER_ATTRIBUTION.matcher(body).region(quotation.textStart(), quotation.textEnd());
        boolean found = inner.find();
        // «Трамвай — это…, — заявила Х. — …»: a dash inside the words is no attribution; the one with a verb is.
        while (found && !attributes(inner)) {
            found = inner.region(inner.start() + 1, quotation.textEnd()).find();
        }
        if (!found) {
            return List.of(quotation);
        }
        List<Quotation> parts = new ArrayList<>();
        add(parts, body, quotation.paragraph(), quotation.open(), inner.start(), inner.start(), true);
        int secondStart = (inner.group(5) == null ? inner.end()
                : afterApposition(body, inner.start(), inner.end(), quotation.textEnd())) - 1;
        if (secondStart < quotation.textEnd()) {
            add(parts, body, quotation.paragraph(), secondStart, quotation.end(), quotation.textEnd(), quotation.closed());
        }
        return parts.isEmpty() ? List.of(quotation) : parts;
    }

    /**
     * Where the words go on after an incise {@code body[incise, at)} whose speaker has a role after the name (",
     * explique Ana Roe, porte-parole du collectif. Nous…") or a name after the role (", a indiqué le préfet du Var,
     * Jean Dupuis, lors d'un point presse. Nous…"): after the role or the name, at the next comma or full stop; else
     * at {@code at}.
     */
    private static int afterApposition(String body, int incise, int at, int to) {
        List<Token> next = Tokenizer.words(body, at, Math.min(to, at + 40));
        if (next.isEmpty()) {
            return at;
        }
        if (next.getFirst().capitalised()) {
            return afterApposedName(body, incise, at, to, next);
        }
        if (!SubjectFinder.titleWord(next.getFirst())) {
            return at;
        }
        Matcher end = APPOSITION_END.matcher(body).region(at, to);
        return end.lookingAt() ? end.end() : at;
    }

    /**
     * After the name of two to {@value #MAX_APPOSED_NAME_WORDS} capitalised words that {@code next} opens with, when
     * the incise names its speaker by a description ("le préfet du Var"), at the next comma or full stop; else {@code at}.
     */
    private static int afterApposedName(String body, int incise, int at, int to, List<Token> next) {
        boolean described = Tokenizer.words(body, incise, at).stream().anyMatch(w -> Lexicon.isDeterminer(w.text()));
        int words = 0;
        while (words < next.size() && words < MAX_APPOSED_NAME_WORDS && next.get(words).capitalised()
                && (words == 0 || body.substring(next.get(words - 1).end(), next.get(words).start()).isBlank())) {
            words++;
        }
        int nameEnd = words >= 2 ? next.get(words - 1).end() : -1;
        if (!described || nameEnd < 0 || nameEnd >= to || ".,".indexOf(body.charAt(nameEnd)) < 0) {
            return at;
        }
        if (body.charAt(nameEnd) == '.') {
            return Math.min(to, nameEnd + 2);
        }
        Matcher end = APPOSITION_END.matcher(body).region(nameEnd + 1, to);
        return end.lookingAt() ? end.end() : Math.min(to, nameEnd + 2);
    }

    /** Whether an {@link #INNER_ATTRIBUTION} match holds a verb of speech ("сказал", "a-t-il déclaré", "dit-elle"). */
    private static boolean attributes(Matcher inner) {
        if (inner.group(1) != null) {
            return Speech.isVerb(inner.group(1)) || Speech.isVerb(inner.group(2));
        }
        if (inner.group(3) != null) {
            return Speech.isVerb(inner.group(3))
                    || Lexicon.isAuxiliary(inner.group(3)) && inner.group(4) != null && Speech.isVerb(inner.group(4));
        }
        if (inner.group(7) != null) {
            return Speech.isVerb(inner.group(7))
                    || Lexicon.isAuxiliary(inner.group(7)) && inner.group(8) != null && Speech.isVerb(inner.group(8));
        }
        // The verb with its subject after it: a name ("dijo Ocaña"), or a determiner ("ha detto il sindaco").
        String subject = inner.group(6);
        return Speech.isVerb(inner.group(5)) && !Lexicon.isAuxiliary(inner.group(5))
                && (Character.isUpperCase(subject.charAt(0)) || Lexicon.isDeterminer(subject))
                || Lexicon.isAuxiliary(inner.group(5)) && Speech.isVerb(subject);
    }

    /**
     * Dialogue dashes, as Spanish, Italian, Portuguese and Russian write speech: "—No cerramos —dijo Ocaña—. Lo
     * que haremos…", "– Non è una scelta – ha dichiarato il sindaco – ma…". A dash at the paragraph's start or
     * after a sentence opens the words; a dash after a space with a verb of speech in the next two words opens the
     * narrator's incise, which ends at the next dash, where the words go on; a list item starts with the words, its
     * dash read as a bullet. Only paragraphs with such an incise count, so a dash opening a list item or an aside
     * is no quotation.
     */
    private static List<Quotation> dialogue(String body, int paragraph, int from, int to, boolean dashEaten) {
        List<Quotation> found = new ArrayList<>();
        // A plain-text parser reads "– Non è…" at a line's start as a list item and drops the dash: the words open
        // right at the start, as if after a mark just before it.
        boolean speaking = dashEaten;
        int open = from - 1;
        for (int i = from; i < to; i++) {
            if (!isDash(body.charAt(i))) {
                continue;
            }
            if (!speaking) {
                if (opensDialogue(body, from, i, to)) {
                    open = i;
                    speaking = true;
                }
            } else if (i > from && isSpace(body.charAt(i - 1)) && verbFollows(body, i + 1, to)) {
                // i > from: a list item, its bullet eaten, may still open with a dash ("- — Texte, dit-elle.").
                add(found, body, paragraph, open, i, i, true);
                int close = i + 1;
                while (close < to && !isDash(body.charAt(close))) {
                    close++;
                }
                // "—dijo Ocaña—. Lo que…": the words go on after the closing dash and its punctuation.
                open = close;
                while (open + 1 < to && ".,;:".indexOf(body.charAt(open + 1)) >= 0) {
                    open++;
                }
                i = open;
                speaking = close < to;
            }
        }
        if (speaking && !found.isEmpty()) {
            add(found, body, paragraph, open, to, to, true);
        }
        return found;
    }

    /**
     * A reply after a dialogue dash whose attribution closes the paragraph after a comma, with no dash of its own, as
     * French writes it: "— J'ai vu la rivière devenir blanche. Je ne l'oublierai jamais, souffle-t-il.", "— Non è
     * finita, ha detto il sindaco." The words run from the dash to that comma. A paragraph of prose only, so a list
     * item or a heading is none; nor is a dash line whose last comma no verb of speech follows.
     */
    private static List<Quotation> closingAttribution(String body, int paragraph, int from, int to) {
        int dash = from;
        while (dash < to && isSpace(body.charAt(dash))) {
            dash++;
        }
        if (dash >= to || !isDash(body.charAt(dash)) || !opensDialogue(body, from, dash, to)) {
            return List.of();
        }
        for (int i = dash + 1; i < to; i++) {
            if (isDash(body.charAt(i))) {
                return List.of(); // an incise between dashes, which dialogue reads, or an aside
            }
        }
        int comma = body.lastIndexOf(',', to - 1);
        if (comma <= dash || Tokenizer.words(body, comma + 1, to).size() > MAX_CLOSING_ATTRIBUTION_WORDS
                || !verbFollows(body, comma + 1, to)) {
            return List.of();
        }
        List<Quotation> found = new ArrayList<>();
        add(found, body, paragraph, dash, comma, comma, true);
        return found;
    }

    private static boolean isDash(char c) {
        return c == '—' || c == '–';
    }

    /** A dash before a word, at the paragraph's start or after the end of a sentence. */
    private static boolean opensDialogue(String body, int from, int at, int to) {
        int next = at + 1;
        while (next < to && isSpace(body.charAt(next))) {
            next++;
        }
        if (next >= to || !Character.isLetterOrDigit(body.charAt(next)) && "¿¡".indexOf(body.charAt(next)) < 0) {
            return false;
        }
        int before = at - 1;
        while (before >= from && isSpace(body.charAt(before))) {
            before--;
        }
        return before < from || ".!?…".indexOf(body.charAt(before)) >= 0;
    }

    /**
     * Whether one of the two words from {@code body[from]} is a verb of speech, or one with its pronoun after it:
     * "—dijo", "– ha dichiarato", "souffle-t-il". The second word counts only right after the first, as a participle
     * after its auxiliary: in "— Деньги нашли, а на людей — нет, — сказал депутат" the dash before "нет" sits inside
     * the words, and the verb after the next comma and dash is the incise of the dash before it.
     */
    private static boolean verbFollows(String body, int from, int to) {
        List<Token> words = Tokenizer.words(body, from, Math.min(to, from + 40));
        int reach = words.size() > 1 && body.substring(words.get(0).end(), words.get(1).start()).isBlank() ? 2 : 1;
        for (int w = 0; w < Math.min(reach, words.size()); w++) {
            Matcher inverted = DiscourseSubjects.INVERTED_PRONOUN.matcher(words.get(w).text());
            if (Speech.isVerb(words.get(w).text()) || inverted.matches() && Speech.isVerb(inverted.group(1))) {
                return true; // "dijo", "ha dichiarato", "souffle-t-il"
            }
        }
        return false;
    }

    /**
     * Pairs marks by position rather than by glyph, because articles mix styles: a mark after a space opens, a mark
     * before a space or punctuation closes. Glyphs only break ties ("“" rather opens, "”" rather closes).
     */
    private static List<Quotation> scan(String body, int paragraph, int from, int to, Marks marks) {
        List<Quotation> found = new ArrayList<>();
        int open = -1;
        int nested = 0;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            // ‘‘…’’ or ''…'': two single marks set as one double mark, as some wires and scanned pages write them.
            int width = marks == DOUBLE_MARKS && doubledSingleMark(body, i, to) ? 2 : 1;
            if (!marks.has(c) && width == 1) {
                continue;
            }
            boolean afterGap = i == from || opensAfter(body.charAt(i - 1));
            boolean beforeGap = i + width == to || closesBefore(body.charAt(i + width));
            if (open < 0) {
                if (afterGap && !beforeGap || afterGap && (c == '“' || c == '„' || c == '«')) {
                    open = i + width - 1;
                }
            } else if (beforeGap && !afterGap || beforeGap && (c == '”' || c == '»' || c == '“')) {
                if (nested > 0) {
                    nested--; // the inner quotation's close: the outer one goes on
                    continue;
                }
                add(found, body, paragraph, open, i + width, i, true);
                open = -1;
            } else if (afterGap && !beforeGap && (c == '“' || c == '„' || c == '«') && marks == DOUBLE_MARKS) {
                if (closesTwiceAhead(body, i + 1, to)) {
                    nested++; // «… компании «Бор» Иванов …»: a name in marks inside the quotation
                    continue;
                }
                // A second opening mark: the first quotation was never closed in this paragraph.
                add(found, body, paragraph, open, i, i, false);
                open = i;
            }
        }
        // Apostrophes look like single marks; only a double mark is trusted to run on to the next paragraph, or a
        // single one that the next paragraph answers with an opening mark of its own.
        if (open >= 0 && (marks == DOUBLE_MARKS || singleRunsOn(body, open, to))) {
            add(found, body, paragraph, open, to, to, false);
        }
        return found;
    }

    /**
     * Whether a single mark left open at {@code open} is a quotation that goes on in the next paragraph, as British
     * copy writes one over paragraphs ("Judge Ann Roe said: 'This was deliberate.\n\n'You had every chance.'"): it
     * opens words, the paragraph ends a sentence, and the next paragraph opens with a single mark. An apostrophe left
     * open ("in '76.", "the '90s") opens a number and is followed by no such paragraph.
     */
    private static boolean singleRunsOn(String body, int open, int to) {
        int last = trimmedEnd(body, open, to);
        if (open + 1 >= last || !Character.isLetter(body.charAt(open + 1)) || ".!?…".indexOf(body.charAt(last - 1)) < 0) {
            return false;
        }
        int next = to;
        while (next < body.length() && isSpace(body.charAt(next))) {
            next++;
        }
        return next > to && next < body.length() && SINGLE_MARKS.has(body.charAt(next));
    }

    /**
     * Whether, after a second opening mark at {@code from - 1}, two closing marks follow in the paragraph before any
     * other opening one: the inner quotation closes, then the outer; with one only, the first was left open.
     */
    private static boolean closesTwiceAhead(String body, int from, int to) {
        int closes = 0;
        for (int i = from; i < to && closes < 2; i++) {
            char c = body.charAt(i);
            if (!DOUBLE_MARKS.has(c)) {
                continue;
            }
            boolean afterGap = opensAfter(body.charAt(i - 1));
            boolean beforeGap = i + 1 == to || closesBefore(body.charAt(i + 1));
            if (afterGap && !beforeGap) {
                return false;
            }
            closes++;
        }
        return closes == 2;
    }

    private static boolean doubledSingleMark(String body, int at, int to) {
        return at + 1 < to && SINGLE_MARKS.has(body.charAt(at))
                && SINGLE_MARKS.has(body.charAt(at + 1));
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
            found.add(new Quotation(paragraph, open, end, textStart, textEnd, closed, Form.MARKED));
        }
    }

    /**
     * A few marks, looked up at every character of a paragraph: one bit per character, where a search of the marks'
     * string at each character cost some 3% of the engine's time.
     */
    private static final class Marks {
        private final BitSet chars = new BitSet();

        Marks(String marks) {
            marks.chars().forEach(chars::set);
        }

        boolean has(char c) {
            return chars.get(c);
        }
    }

    /** A quotation mark, double or single. */
    static boolean isMark(char c) {
        return DOUBLE_MARKS.has(c) || SINGLE_MARKS.has(c);
    }

    /** Whitespace, the no-break spaces of French typography included. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean opensAfter(char previous) {
        return Character.isWhitespace(previous) || "([{—–-/:;".indexOf(previous) >= 0
                || DOUBLE_MARKS.has(previous);
    }

    private static boolean closesBefore(char next) {
        return Character.isWhitespace(next) || ".,;:!?)]}—–-…".indexOf(next) >= 0 || DOUBLE_MARKS.has(next)
                || SINGLE_MARKS.has(next);
    }

    private static boolean containsAny(String body, int from, int to, Marks marks) {
        for (int i = from; i < to; i++) {
            if (marks.has(body.charAt(i))) {
                return true;
            }
        }
        return false;
    }


    /**
     * Whether every quotation of a paragraph is a name a noun before it announces, as Russian sets a company's name
     * in guillemets ("— Мы всё проверим, — сообщили в пресс-службе АО «Бор». — …"): such marks quote nobody, so
     * the paragraph's dialogue dashes still set off the words.
     */
    private static boolean namesOnly(String body, List<Quotation> found, String language) {
        return !found.isEmpty() && found.stream().allMatch(quotation -> quotation.titled(body, language));
    }

    /**
     * Whether a noun of works, publications or groups stands right before the opening mark, in {@code language}, so
     * the words in the marks are what it is called: "La película «Todo lo que quedó»", "il romanzo «La casa sul
     * fiume»", "ООО «Бор»", "клуб «Ладога»" (stage langs4).
     */
    boolean titled(String body, String language) {
        String noun = wordBefore(body);
        return Lexicon.isTitleNoun(noun, language) || Lexicon.isLegalFormBeforeName(noun);
    }

    /**
     * The word right before the opening mark, with only spaces between ("película" in "La película «…»"), else empty:
     * the noun that may say what the words in the marks name.
     */
    String wordBefore(String body) {
        List<Token> before = Tokenizer.words(body, Math.max(0, open - MAX_NOUN_BEFORE_CHARS), open);
        return !before.isEmpty() && body.substring(before.getLast().end(), open).isBlank() ? before.getLast().text() : "";
    }

    /** Whether this is an interview's answer. */
    boolean answer() {
        return form == Form.ANSWER;
    }


    private static int trimmedEnd(String body, int from, int to) {
        int end = to;
        while (end > from && isSpace(body.charAt(end - 1))) {
            end--;
        }
        return end;
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
