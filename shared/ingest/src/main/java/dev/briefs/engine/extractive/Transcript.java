package dev.briefs.engine.extractive;

import dev.briefs.article.SentenceSplitter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of spoken turns, as TV and radio transcripts are written: speech-to-text captions where each turn opens with
 * "&gt;&gt;" and often "name:", all in lower case and without quotation marks, and classic transcripts where each turn
 * opens with an upper-case label ("BLITZER:", "SEN. ANN ROE (D-NY):", "JANE DOE, CORRESPONDENT:"). Reads the turns:
 * who speaks (a {@link TranscriptSpeakers} id, or nobody named), and the spans of what they say, without the label,
 * the "&gt;&gt;" and the stage directions ("(CROSSTALK)", "[ commercial break ]", time codes), which are asides.
 * Offsets are into the page's body, so every span is the article's own text.
 *
 * @param page      the page as segmented for an ordinary article
 * @param turns     the turns in reading order
 * @param speakers  who the labels name
 * @param asides    the paragraphs that are no one's words: stage directions, time codes, caption and transcript notices
 * @param caseless  whether the page is written without capitals (captions), so that sentences may start in lower case
 */
record Transcript(SegmentedArticle page, List<Turn> turns, TranscriptSpeakers speakers, List<Integer> asides,
                  boolean caseless) {

    /**
     * A turn of speech in one paragraph; a speaker's turn may run on over several paragraphs. A {@code segment} is a
     * turn handed to the programme's traffic or weather, no part of the story.
     */
    record Turn(int paragraph, int speaker, int labelStart, int labelEnd, List<Span> spoken, boolean segment) {

        boolean labelled() {
            return speaker >= 0;
        }
    }

    /** A stretch of spoken words, {@code [start, end)} in the body. */
    record Span(int start, int end) {
    }

    /** How many "&gt;&gt;" turns make a page captions rather than an article that quotes one. */
    private static final int MIN_MARKED_TURNS = 3;
    /** How many labelled turns, by at least two speakers with two turns each, make a page a classic transcript. */
    private static final int MIN_LABELLED_TURNS = 4;
    private static final int MAX_ASIDE_CHARS = 400;
    /** A lower-case page: at most this many capitals in a thousand characters, and enough letters to tell. */
    private static final int MAX_CAPITALS_PER_MILLE = 3;
    private static final int MIN_LOWER_CASE_LETTERS = 300;
    /** A sentence this short that opens or ends with a courtesy is a pleasantry: "thank you, corey." */
    private static final int MAX_COURTESY_WORDS = 8;
    /** A time check: "it's 12:06 and this is the midday report", "it is now 6 o'clock". */
    private static final Pattern TIME_CHECK = Pattern.compile(
            "(?iu)it(?:'s|’s| is)\\s+(?:now\\s+)?\\d{1,2}(?::\\d{2}|\\s+o['’]clock)");
    private static final Map<String, Pattern> PROGRAMME = Lexicon.perLanguage(language -> Pattern.compile(
            Lexicon.anyPhrase(TranscriptSpeakers.withEnglish("programme", language))));

    private static final String MARKER = ">>";
    /** "&gt;&gt;" opens a turn, "&gt;&gt;&gt;" a story: the marks before the words. */
    private static final Pattern MARKS = Pattern.compile(">{2,}\\s*");
    /** A time code a transcript sets before a turn or on a line of its own: "[18:04:12]", "(00:12)", "14:02:31". */
    private static final Pattern TIME_CODE = Pattern.compile("\\s*[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]?\\s*");
    /** A stage direction: "(COMMERCIAL BREAK)", "[ commercial break ]", "(BEGIN VIDEO CLIP)", "(CROSSTALK)". */
    private static final Pattern DIRECTION = Pattern.compile("[\\[(][^\\[\\]()]{1,60}[\\])]");
    /**
     * A notice of the captioner or the transcript service rather than anyone's words; one that says a machine made the
     * text is page clutter ({@link PageClutter}, [transcript-notices]) in any language.
     */
    private static final Pattern NOTICE = Pattern.compile("(?iu)\\bcaption(?:s|ed|ing)?\\s+(?:by|provided|may contain"
            + "|sponsored|paid for)\\b|\\bclosed[ -]caption|\\brush transcript\\b|\\bmay not be in its final form\\b"
            + "|\\btranscripts? (?:provided|produced|prepared) by\\b");
    /** How a programme opens its news: "we begin tonight in marlow bay, where …" leads to the news after it. */
    private static final Pattern OPENER = Pattern.compile("(?iu)(?:we (?:begin|start|open|lead off)|(?:our |tonight's )"
            + "?top story)(?: (?:tonight|today|this (?:morning|afternoon|evening)))?(?: (?:in|with|at|on) [^,.;]{1,60})?"
            + ",\\s+(?:where|as|with)\\s+");
    /** An upper-case label: name words, a bracket such as "(D-NY)", a role after a comma, a colon. */
    private static final Pattern UPPER_LABEL = Pattern.compile("(\\p{Lu}[\\p{Lu}\\p{M}\\d#'’.-]*(?:\\s+[\\p{Lu}#\\d][\\p{Lu}\\p{M}\\d#'’.-]*){0,5})"
            + "(?:\\s*\\([^()]{1,40}\\))?(?:,\\s*([^:()\\p{Ll}]{1,80}?))?(?:\\s*\\([^()]{1,40}\\))?:(?:\\s+|$)");
    /** A caption's label after "&gt;&gt;": up to four words of any case, a role after a comma, a colon. */
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "(\\p{L}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{L}[\\p{L}\\p{M}'’.-]*){0,3})(?:,\\s*([^:]{1,60}?))?:\\s+");

    /** A turn's label while the page is read, before its speakers are known. */
    private record Draft(int paragraph, String name, String role, int labelStart, int labelEnd, int textStart,
                         int textEnd, boolean runsOn) {
    }

    /** The page's turns, or empty when it is not a transcript. */
    static Optional<Transcript> read(SegmentedArticle page) {
        boolean lowerCase = isLowerCase(page);
        if (!lowerCase && !opensTurns(page)) {
            return Optional.empty(); // an ordinary article costs one look at the start of each paragraph
        }
        String body = page.body();
        List<Draft> drafts = new ArrayList<>();
        List<Integer> asides = new ArrayList<>();
        int marked = 0;
        for (SegmentedArticle.Paragraph paragraph : page.paragraphs()) {
            if (paragraph.isHeading()) {
                continue;
            }
            if (isAside(body, paragraph.start(), paragraph.end())) {
                asides.add(paragraph.index());
                continue;
            }
            int start = afterTimeCode(body, paragraph.start(), paragraph.end());
            if (body.indexOf(MARKER, start, paragraph.end()) >= 0) {
                marked += markedTurns(body, paragraph, start, drafts);
                continue;
            }
            Label label = label(body, paragraph, start, lowerCase);
            if (label != null) {
                drafts.add(new Draft(paragraph.index(), label.name(), label.role(), start, label.end(), label.end(),
                        paragraph.end(), false));
            } else {
                // A paragraph without a label carries on the turn before it, as a long answer does; on a lower-case
                // page without marks, each paragraph is a turn of its own.
                drafts.add(new Draft(paragraph.index(), "", "", start, start, start, paragraph.end(),
                        !lowerCase || marked > 0));
            }
        }
        boolean caseless = marked >= MIN_MARKED_TURNS || lowerCase && marked == 0;
        if (!caseless && !labelledEnough(page, drafts, asides)) {
            return Optional.empty();
        }
        TranscriptSpeakers.Labels labels = new TranscriptSpeakers.Labels();
        List<Turn> turns = new ArrayList<>();
        int speaker = -1;
        boolean started = false;
        for (Draft draft : drafts) {
            if (draft.runsOn() && !started) {
                continue; // text before the first turn introduces the programme; it stays prose
            }
            started = true;
            if (!draft.runsOn()) {
                speaker = draft.name().isEmpty() ? -1 : labels.add(draft.name(), draft.role());
            }
            turns.add(new Turn(draft.paragraph(), speaker, draft.labelStart(), draft.labelEnd(),
                    spoken(body, draft.textStart(), draft.textEnd()), false));
        }
        List<Turn> read = caseless ? handedOver(page, turns, labels, marked == 0) : List.copyOf(turns);
        return Optional.of(new Transcript(page, read, labels.speakers(page, read, caseless), List.copyOf(asides),
                caseless));
    }

    /** The caption turns no label names given to the guest the turn before hands them to, or marked as segments. */
    private static List<Turn> handedOver(SegmentedArticle page, List<Turn> turns, TranscriptSpeakers.Labels labels,
                                         boolean paragraphTurns) {
        List<TranscriptHandOffs.HandOff> handOffs = TranscriptHandOffs.read(page, turns, paragraphTurns);
        List<Turn> read = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            TranscriptHandOffs.Guest guest = handOffs.get(i).guest();
            int speaker = guest == null ? turn.speaker() : labels.add(guest.name(), guest.role());
            read.add(new Turn(turn.paragraph(), speaker, turn.labelStart(), turn.labelEnd(), turn.spoken(),
                    handOffs.get(i).segment()));
        }
        return List.copyOf(read);
    }

    /**
     * Whether the page is written without capitals, as speech-to-text is, in {@value #MIN_MARKED_TURNS} paragraphs or
     * more: a few capitals in a thousand letters at most. An ordinary article stops at its first sentences.
     */
    static boolean isLowerCase(SegmentedArticle page) {
        String body = page.body();
        int allowed = body.length() * MAX_CAPITALS_PER_MILLE / 1000;
        int capitals = 0;
        int lower = 0;
        for (int i = 0; i < body.length() && capitals <= allowed; i++) {
            char c = body.charAt(i);
            capitals += Character.isUpperCase(c) ? 1 : 0;
            lower += Character.isLowerCase(c) ? 1 : 0;
        }
        long paragraphs = page.paragraphs().stream().filter(p -> !p.isHeading()).count();
        return capitals <= allowed && lower >= MIN_LOWER_CASE_LETTERS && paragraphs >= MIN_MARKED_TURNS;
    }

    /** A turn's label: the name it gives, the role after its comma, where the spoken words start. */
    private record Label(String name, String role, int end) {
    }

    /**
     * The label that opens a paragraph at {@code start} (after its time code, if any), or null. A label in capitals
     * ("BLITZER:", "JANE DOE, HOST:") labels a turn anywhere; a name as the running text writes it ("Lena Ortiz:",
     * "Ravi Menon, commissioner:") does too, as podcast transcripts write their turns; and any name when a time code
     * stands before it ("[00:12:31] lena:") or the page is in lower case ("jane roe: we voted…"), where no capitals
     * tell a name.
     */
    private static Label label(String body, SegmentedArticle.Paragraph paragraph, int start, boolean lowerCase) {
        Matcher upper = UPPER_LABEL.matcher(body).region(start, paragraph.end());
        if (upper.lookingAt() && letters(upper.group(1)) >= 2) {
            return new Label(upper.group(1), role(upper.group(2)), upper.end());
        }
        Matcher named = CAPTION_LABEL.matcher(body).region(start, paragraph.end());
        if (!named.lookingAt() || !isNameLabel(named.group(1))) {
            return null;
        }
        boolean timed = start > paragraph.start();
        if (lowerCase) {
            return named.group(2) == null ? new Label(named.group(1), "", named.end()) : null;
        }
        return timed || isCapitalised(named.group(1)) ? new Label(named.group(1), role(named.group(2)), named.end())
                : null;
    }

    /** Every word of a name capitalised, as a person's name is written: "Lena Ortiz", not "Her answer". */
    private static boolean isCapitalised(String name) {
        String[] words = name.split("\\s+");
        return words.length >= 2 && java.util.Arrays.stream(words).allMatch(word -> Character.isUpperCase(word.codePointAt(0)));
    }

    /** Whether the page has enough "&gt;&gt;" marks or paragraphs opening with an upper-case label to be read as turns. */
    private static boolean opensTurns(SegmentedArticle page) {
        String body = page.body();
        int opening = 0;
        for (SegmentedArticle.Paragraph paragraph : page.paragraphs()) {
            int start = afterTimeCode(body, paragraph.start(), paragraph.end());
            for (int at = body.indexOf(MARKER, start, paragraph.end()); at >= 0;
                 at = body.indexOf(MARKER, at + 2, paragraph.end())) {
                opening++; // captions may run many turns into one paragraph
            }
            if (!paragraph.isHeading() && label(body, paragraph, start, false) != null) {
                opening++;
            }
        }
        return opening >= MIN_MARKED_TURNS;
    }

    /** Reads the "&gt;&gt;" turns of one paragraph into {@code drafts}; returns how many there were. */
    private static int markedTurns(String body, SegmentedArticle.Paragraph paragraph, int start, List<Draft> drafts) {
        int marker = body.indexOf(MARKER, start);
        if (!body.substring(start, marker).isBlank()) {
            drafts.add(new Draft(paragraph.index(), "", "", start, start, start, marker, true));
        }
        int count = 0;
        while (marker >= 0 && marker < paragraph.end()) {
            int next = body.indexOf(MARKER, marker + MARKER.length());
            while (next >= 0 && body.charAt(next - 1) == '>') {
                next = body.indexOf(MARKER, next + 1); // the rest of a "&gt;&gt;&gt;"
            }
            int end = next < 0 || next > paragraph.end() ? paragraph.end() : next;
            Matcher marks = MARKS.matcher(body).region(marker, end);
            int textStart = afterTimeCode(body, marks.lookingAt() ? marks.end() : end, end);
            Matcher label = CAPTION_LABEL.matcher(body).region(textStart, end);
            boolean named = label.lookingAt() && isNameLabel(label.group(1));
            drafts.add(new Draft(paragraph.index(), named ? label.group(1) : "", named ? role(label.group(2)) : "",
                    marker, named ? label.end() : textStart, named ? label.end() : textStart, end, false));
            count++;
            marker = next < 0 || next > paragraph.end() ? -1 : next;
        }
        return count;
    }

    /**
     * Whether the labels are a transcript's rather than an article's ("UPDATE:", a letter's "DEAR ABBY:"): enough of
     * them, two speakers with two turns each at least (or one, when a label names a journalist: "JO LEE, HOST:"), and
     * at least two paragraphs in five opening with one.
     */
    private static boolean labelledEnough(SegmentedArticle page, List<Draft> drafts, List<Integer> asides) {
        // "KALANI" after "SEN. RUTH KALANI": a speaker is counted by the last word of their label.
        List<String> names = drafts.stream().filter(d -> !d.runsOn())
                .map(d -> Lexicon.lower(d.name().substring(d.name().lastIndexOf(' ') + 1))).toList();
        long repeated = names.stream().distinct().filter(n -> names.stream().filter(n::equals).count() >= 2).count();
        long prose = page.paragraphs().stream().filter(p -> !p.isHeading()).count() - asides.size();
        boolean presented = drafts.stream().anyMatch(d -> TranscriptSpeakers.journalistWords(d.name() + " " + d.role()));
        return names.size() >= MIN_LABELLED_TURNS && (repeated >= 2 || repeated == 1 && presented)
                && names.size() * 5L >= prose * 2;
    }

    /** A caption label names someone: no function word ("and then he said:") and no verb of speech in it. */
    private static boolean isNameLabel(String label) {
        for (String word : label.split("\\s+")) {
            if (Lexicon.isFunctionWord(word) || Speech.isVerb(word) || word.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** The role a label gives after its comma, in lower case where the label shouts it ("CHAIR, STATE WATER BOARD"). */
    private static String role(String written) {
        if (written == null) {
            return "";
        }
        String role = written.strip();
        return role.chars().anyMatch(Character::isLowerCase) ? role : Lexicon.lower(role);
    }

    private static int letters(String text) {
        return (int) text.chars().filter(Character::isLetter).count();
    }

    private static boolean isAside(String body, int start, int end) {
        if (end - start > MAX_ASIDE_CHARS) {
            return false; // directions, notices and credits are a line, not a paragraph of speech
        }
        String text = body.substring(start, end);
        String lower = Lexicon.lower(text);
        // The notice's pattern runs only where its key words stand: most lines are speech.
        boolean notice = (lower.contains("caption") || lower.contains("transcript") || lower.contains("final form"))
                && NOTICE.matcher(text).find();
        return notice || TIME_CODE.matcher(text).matches() || DIRECTION.matcher(text.strip()).matches()
                || PageClutter.isClutter(text);
    }

    private static int afterTimeCode(String body, int start, int end) {
        Matcher code = TIME_CODE.matcher(body).region(start, end);
        return code.lookingAt() && code.end() > start && code.group().contains(":") ? code.end() : start;
    }

    /** The spoken stretches of {@code body[start, end)}: the text between stage directions, trimmed. */
    private static List<Span> spoken(String body, int start, int end) {
        List<Span> spans = new ArrayList<>();
        Matcher direction = DIRECTION.matcher(body).region(start, end);
        int from = start;
        while (direction.find()) {
            addTrimmed(spans, body, from, direction.start());
            from = direction.end();
        }
        addTrimmed(spans, body, from, end);
        return List.copyOf(spans);
    }

    private static void addTrimmed(List<Span> spans, String body, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(body.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
            to--;
        }
        if (body.substring(from, to).chars().anyMatch(Character::isLetterOrDigit)) {
            spans.add(new Span(from, to));
        }
    }

    /**
     * The page as the headline shift and the cast read it: the journalists' turns and the introduction are its prose,
     * their questions left out (a question tells no news); everyone else's turns are quotations. Labels, "&gt;&gt;"
     * and asides are in no sentence, so nothing of the brief can hold them.
     */
    SegmentedArticle told() {
        return view(true);
    }

    /**
     * The page as the next steps read it: every statement of every turn, since a transcript's plans are said by the
     * people who make them ("we will vote next month") rather than reported.
     */
    SegmentedArticle said() {
        return view(false);
    }

    private SegmentedArticle view(boolean speechQuoted) {
        List<SegmentedArticle.Sentence> sentences = new ArrayList<>();
        List<Quotation> quotations = new ArrayList<>();
        for (int paragraph : introduction()) {
            SegmentedArticle.Paragraph block = page.paragraph(paragraph);
            if (!block.credit() && !PageClutter.isFurniture(page.text(block.start(), block.end()))) {
                addStatements(sentences, paragraph, new Span(block.start(), block.end()), true);
            }
        }
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            boolean guest = turn.labelled() && !speakers.get(turn.speaker()).journalist();
            int first = sentences.size();
            for (Span span : turn.segment() ? List.<Span>of() : turn.spoken()) {
                if (speechQuoted && guest) {
                    quotations.add(new Quotation(turn.paragraph(), span.start(), span.end(), span.start(), span.end(),
                            true, Quotation.Form.MARKED));
                    sentences(span).forEach(range -> sentences.add(
                            new SegmentedArticle.Sentence(turn.paragraph(), range[0], range[1])));
                } else {
                    addStatements(sentences, turn.paragraph(), span, !guest);
                }
            }
            if (!guest && sentences.size() > first && handsOver(i, sentences.getLast())) {
                sentences.removeLast();
            }
        }
        // A caption page's first line names the programme ("channel 9 news at six"), not the story.
        return new SegmentedArticle(caseless ? "" : page.title(), page.body(), page.paragraphs(),
                List.copyOf(sentences), List.copyOf(quotations), page.language());
    }

    /**
     * Whether a turn's last statement hands over rather than tells: to the traffic or weather segment after it, or to
     * the colleague it names before calling them ("our corey abadi is outside the school. corey?", or without the
     * question mark "city hall reporter corey abadi has more corey").
     */
    private boolean handsOver(int turn, SegmentedArticle.Sentence statement) {
        if (turn + 1 < turns.size() && turns.get(turn + 1).segment()) {
            return true;
        }
        List<Span> spoken = turns.get(turn).spoken();
        List<int[]> last = spoken.isEmpty() ? List.of() : sentences(spoken.getLast());
        if (last.isEmpty()) {
            return false;
        }
        String call = Lexicon.lower(page.text(last.getLast()[0], last.getLast()[1]));
        String called = call.endsWith("?") && call.indexOf(',') < 0 ? TranscriptHandOffs.addressee(call)
                : caseless ? TranscriptHandOffs.calledAtEnd(call) : null;
        return called != null && Tokenizer.words(page.body(), statement.start(), statement.end()).stream()
                .anyMatch(word -> Lexicon.lower(word.bare()).equals(called));
    }

    /** The statements of a span; the programme's own talk ({@code programme}: greetings, promos) left out. */
    private void addStatements(List<SegmentedArticle.Sentence> sentences, int paragraph, Span span,
                               boolean programme) {
        for (int[] range : sentences(span)) {
            if (page.body().charAt(range[1] - 1) != '?' && !(programme && programmeTalk(range))) {
                Matcher opener = OPENER.matcher(page.body()).region(range[0], range[1]);
                int start = opener.lookingAt() ? opener.end() : range[0];
                sentences.add(new SegmentedArticle.Sentence(paragraph, start, range[1]));
            }
        }
    }

    /**
     * A sentence of the programme about itself: it opens as greetings, time checks, promos and sign-offs do ("still
     * ahead", "good morning, it is 6:32", "it's 12:06 and this is…"), or is a short courtesy ("thank you, corey.", "dr. roe, thank you.").
     */
    private boolean programmeTalk(int[] range) {
        String language = page.language();
        String body = page.body();
        if (PROGRAMME.get(language).matcher(body).region(range[0], range[1]).lookingAt()
                || TIME_CHECK.matcher(body).region(range[0], range[1]).lookingAt()) {
            return true;
        }
        Matcher courtesy = TranscriptSpeakers.courtesy(language).matcher(body).region(range[0], range[1]);
        return Tokenizer.words(body, range[0], range[1]).size() <= MAX_COURTESY_WORDS && courtesy.find()
                && (courtesy.start() == range[0] || courtesy.end() >= range[1] - 1);
    }

    /**
     * Where the text is someone's words or the introduction, in order: not a label nor an aside. A stage that asks
     * of many offsets builds it once.
     */
    List<Span> textSpans() {
        List<Span> spans = new ArrayList<>();
        for (int paragraph : introduction()) {
            spans.add(new Span(page.paragraph(paragraph).start(), page.paragraph(paragraph).end()));
        }
        turns.stream().filter(turn -> !turn.segment()).forEach(turn -> spans.addAll(turn.spoken()));
        return List.copyOf(spans);
    }

    /** Whether {@code offset} stands in one of {@code spans} (as {@link #textSpans} gives them, in order). */
    static boolean contains(List<Span> spans, int offset) {
        int index = Collections.binarySearch(spans, new Span(offset, offset), Comparator.comparingInt(Span::start));
        int at = index >= 0 ? index : -index - 2; // the last span starting at or before the offset
        return at >= 0 && offset < spans.get(at).end();
    }

    /** Whether the spoken words are written in capitals, as some captions are, so that capitals mark no name. */
    boolean shouting() {
        return shouting(page.body(), turns);
    }

    static boolean shouting(String body, List<Turn> turns) {
        int letters = 0;
        int capitals = 0;
        for (Turn turn : turns) {
            for (Span span : turn.spoken()) {
                for (int i = span.start(); i < span.end(); i++) {
                    char c = body.charAt(i);
                    letters += Character.isLetter(c) ? 1 : 0;
                    capitals += Character.isUpperCase(c) ? 1 : 0;
                }
            }
        }
        return letters > 0 && capitals * 10 > letters * 8;
    }

    /** The sentences of a spoken span: captions start theirs in lower case. */
    List<int[]> sentences(Span span) {
        return caseless ? SentenceSplitter.splitCaseless(page.body(), span.start(), span.end())
                : SentenceSplitter.split(page.body(), span.start(), span.end());
    }

    /** The paragraphs before the first turn that are neither headings nor asides: the programme's own introduction. */
    private List<Integer> introduction() {
        int first = turns.isEmpty() ? page.paragraphs().size() : turns.getFirst().paragraph();
        List<Integer> prose = new ArrayList<>();
        for (int i = 0; i < first; i++) {
            if (!page.paragraph(i).isHeading() && !asides.contains(i)) {
                prose.add(i);
            }
        }
        return prose;
    }

    String text(Span span) {
        return page.body().substring(span.start(), span.end());
    }
}
