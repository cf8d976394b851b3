package dev.briefs.engine.extractive;

import dev.briefs.article.Article;
import dev.briefs.article.Block;
import dev.briefs.article.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article as the extractors read it: the body text (blocks joined by newlines, exactly as
 * {@link Article#body()} gives it), its paragraphs with their section headings, sentences and quotations. All
 * offsets are into {@link #body()}, so every piece of text an extractor returns is a substring of the body.
 *
 * @param title      the headline
 * @param body       the body text
 * @param paragraphs the body blocks in order, headings included
 * @param sentences  the sentences of the non-heading blocks, in order
 * @param quotations the quoted passages, in order
 * @param language   the language the article is written in (see {@link Language#detect}), or empty if unknown
 */
record SegmentedArticle(String title, String body, List<Paragraph> paragraphs, List<Sentence> sentences,
                   List<Quotation> quotations, String language) {

    private static final int MIN_LEDE_WORDS = 8;
    private static final int MAX_QUESTION_WORDS = 30;
    /** The blocks a page's top may take up to its byline: a kicker, a deck, the standfirst and the byline itself. */
    private static final int MAX_STANDFIRST_BLOCKS = 4;
    /** A block that closes on a word or a figure, not on a sentence's end: a deck, a label. */
    private static final Pattern UNCLOSED = Pattern.compile("[\\p{L}\\p{N}]\\s*$");
    /** The words that open the credit of a picture rather than a byline, in the languages the engine reads. */
    private static final Set<String> PICTURE_CREDITS = Set.of("photo", "photos", "photograph",
            "picture", "image", "imagen", "immagine", "foto", "fotos", "bild", "фото", "video", "illustration", "graphic");
    /**
     * A piece of a line that credits a picture, at the line's start or after a full stop or a bar: "Photograph: Huw
     * Roe/Courier", "Photo : Ann Roe", "Foto: APA", "Credit: Ann Roe", "Crédit photo : Studio Roe", "© Belga"; or in
     * brackets after the caption's words: "Roe at the opening (Photo: Ann Lee)", "(Фото: Анна Ли)".
     */
    private static final Pattern PICTURE_CREDIT_PIECE = Pattern.compile("(?iu)(?:^|(?<=[.!?)])\\s+|\\s[|·•]\\s+|\\s(?=\\())\\W*(?:(?:"
            + String.join("|", PICTURE_CREDITS) + "|credit|crédit photo)\\s?:|©)");
    /** The most words a picture's caption runs to, its credit included. */
    private static final int MAX_CAPTION_WORDS = 40;
    /** The time stamps a byline may carry under it ("Publicado …", "Actualizado …"), and their longest. */
    private static final int MAX_STAMP_BLOCKS = 2;
    private static final int MAX_STAMP_WORDS = 16;
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b");
    /** How a teaser calls the reader to look elsewhere. */
    private static final List<String> READER_CALLS = List.of("Check out ", "Click here", "Watch the video", "Sign up ",
            "Subscribe to ", "Read more", "Scroll down");
    /**
     * A dateline before the lede: "WASHINGTON (AP) — ", "LONDON, March 3 (Reuters) - ", "(Reuters) — ", and a press
     * release's "AKRON, Ohio, Oct. 28, 2026 /PRNewswire/ -- "; the agency's bracket may close on a point, as EFE's does
     * ("MADRID, 3 dic (EFE).- "); the agency's place in title case with its name in brackets, and its date or not:
     * "Madrid, 3 dic (EFE).- ", "Lisboa, 3 dez (Lusa) - ", "Berlin (dpa) – " (stage langs4, lede8); and the place in
     * capitals with a colon, as the South Asian press writes it: "NEW DELHI: " (lede8).
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?:[\\p{Lu}][\\p{Lu} .,'’/-]{1,40}(?:,[^—–(]{1,30})?)?(?:\\([^)]{1,30}\\)|/[^/]{1,30}/)?\\.?\\s*[—–-]{1,2}\\s+"
                    + "|\\p{Lu}\\p{Ll}+(?:[ /-]\\p{L}+){0,3}(?:,[^()—–.]{1,30})?\\s*\\((?:\\p{Lu}[^)]{1,20}|\\p{Ll}{2,4})\\)\\.?\\s*[—–-]{1,2}\\s*"
                    + "|\\p{Lu}{2}[\\p{Lu} .'’-]{1,30}:\\s+(?=\\p{Lu})");
    /** The datelines a lede may open with one after the other: "(ANSA) - ROMA, 2 DIC - " (lede8). */
    private static final int MAX_DATELINES = 2;

    /**
     * steps4: a dateline in mixed case, whose dash a capitalised word follows: "Dekalb, Ill. — Mike Glass threw…",
     * "Indianapolis – Several thousand…", "New York, NY – With…", "PanARMENIAN.Net - Verified…"; not an apposition
     * ("Two hostages — an American…"). lede8: with its date after the place, "Москва, 2 декабря — ", "Roma, 3 dicembre
     * – ", "Madrid, 3 de diciembre – ", "Berlin, 3. Dezember – ", "Washington, Dec. 2 — ".
     */
    private static final Pattern MIXED_CASE_DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’]*(?: \\p{Lu}[\\p{L}.'’]*){0,2}(?:, (?:\\p{Lu}[\\p{L}.]{1,12}"
                    + "|\\d{1,2}\\.? (?:de )?\\p{L}{3,9}\\.?(?: \\d{4})?|\\p{Lu}\\p{L}{2,8}\\.? \\d{1,2}(?:, \\d{4})?)){0,2}"
                    + "\\s[—–-]{1,2}\\s+(?=\\p{Lu})");

    /**
     * An outlet's credit in brackets straight before the lede's first word, without a dash: "(CNN) President…",
     * "(CNN Business) The…" (shift stage). An aside holds more than a few capitalised words or other punctuation.
     */
    private static final Pattern BRACKETED_CREDIT = Pattern.compile("\\(\\p{Lu}[\\p{L}&.]*(?: \\p{Lu}[\\p{L}&.]*){0,2}\\)\\s+(?=\\p{Lu})");

    /** Subheads that open a section about what happens next. */
    private static final Pattern NEXT_SECTION = Pattern.compile(
            "(?iu)^¿?(what(’|')?s next|what (comes|happens|to watch|to expect) next|what to watch( for)?|what to expect"
                    + "|next steps?|the next steps?|looking ahead|the road ahead|what now|where next|where (it|this) goes from here"
                    + "|timeline|next up|up next|coming up"
                    // the same heads in the other languages the engine reads (shift stage)
                    + "|próximos pasos|qué pasará ahora|y ahora qué|i prossimi passi|cosa succede ora|e ora"
                    + "|prochaines étapes|et maintenant|et après|wie es weitergeht|die nächsten schritte|ausblick"
                    + "|próximos passos|o que acontece agora|e agora|что дальше|что будет дальше)\\??:?$");

    /**
     * One body block.
     *
     * @param index   position among the blocks
     * @param kind    what the block is
     * @param start   offset of its text in the body
     * @param end     offset after its text
     * @param heading the subhead of the section it stands in, or empty
     * @param credit  whether it is a byline or a credit line ({@link PageClutter#isCredit}), told once for every stage
     * @param textStart where its own words start: after the agency's dateline of an item in a chain of briefs, else
     *                  {@code start}
     */
    record Paragraph(int index, Block.Kind kind, int start, int end, String heading, boolean credit, int textStart) {

        boolean isHeading() {
            return kind == Block.Kind.HEADING;
        }

        /** Whether the block stands in a "What comes next" section. */
        boolean inNextSection() {
            return NEXT_SECTION.matcher(heading).matches();
        }
    }

    /**
     * One sentence.
     *
     * @param paragraph the index of its paragraph
     * @param start     offset in the body
     * @param end       offset after it
     */
    record Sentence(int paragraph, int start, int end) {
    }

    static SegmentedArticle of(Article article) {
        String body = article.body();
        String language = Language.detect(body);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Quotation> quotations = new ArrayList<>();
        List<int[]> prose = new ArrayList<>();
        String heading = "";
        int offset = 0;
        boolean datelined = false;
        for (Block block : article.blocks()) {
            int index = paragraphs.size();
            int end = offset + block.text().length();
            prose.add(null);
            boolean credit = PageClutter.isCredit(block.text());
            if (block.kind() == Block.Kind.HEADING) {
                heading = block.text().strip();
                paragraphs.add(new Paragraph(index, block.kind(), offset, end, heading, credit, offset));
            } else if (credit || PageClutter.isFurniture(block.text())) {
                // Share bars and credit lines stay paragraphs of the body, but no stage reads sentences from them.
                paragraphs.add(new Paragraph(index, block.kind(), offset, end, heading, credit, offset));
            } else {
                // An agency's chain of briefs opens each item on its dateline ("PINE HOLLOW, 3 Dec (Westwire) – "):
                // the first is the lede's, read there (ledeStart); a later one is no part of its item's sentence.
                int dateline = agencyDatelineEnd(body, offset, end);
                int textStart = datelined && dateline > offset ? dateline : offset;
                datelined |= dateline > offset;
                paragraphs.add(new Paragraph(index, block.kind(), offset, end, heading, credit, textStart));
                // A live entry's time is its stamp, not the first words of its sentence.
                for (int[] range : SentenceSplitter.split(body, LiveBlog.textStart(body, textStart, end, language), end)) {
                    sentences.add(new Sentence(index, range[0], range[1]));
                }
                List<Quotation> found = Quotation.find(body, index, offset, end, block.kind(), language);
                quotations.addAll(found);
                if (block.kind() == Block.Kind.PARAGRAPH && found.isEmpty()) {
                    prose.set(index, new int[] {offset, end});
                }
            }
            offset = end + 1;
        }
        // An interview's answers have no marks of their own (speech stage).
        quotations.addAll(Quotation.interviewAnswers(body, prose, language));
        quotations.sort(java.util.Comparator.comparingInt(Quotation::open));
        return new SegmentedArticle(article.title(), body, List.copyOf(paragraphs), List.copyOf(sentences),
                List.copyOf(quotations), language);
    }

    /**
     * The lede: the first sentence of prose with at least eight words, else the first of prose, leaving out asides in
     * brackets and questions; null if none.
     */
    Sentence lede() {
        return lede(0);
    }

    /**
     * The lede of the story itself: on a page that sets a standfirst and a byline over the story, its first sentence
     * below them; else {@link #lede()} (shift stage).
     */
    Sentence storyLede() {
        int story = storyStart();
        Sentence lede = story > 0 ? lede(story) : null;
        return lede != null ? lede : lede();
    }

    /** The first sentence of the standfirst over the story's byline, the page's own summary of it, or null. */
    Sentence standfirst() {
        int story = storyStart();
        for (Sentence sentence : sentences) {
            if (sentence.start() >= story) {
                return null;
            }
            if (paragraphs.get(sentence.paragraph()).kind() == Block.Kind.PARAGRAPH && !insideQuotation(sentence.start())) {
                return sentence;
            }
        }
        return null;
    }

    private Sentence lede(int from) {
        Sentence first = null;
        for (Sentence sentence : sentences) {
            if (sentence.start() < from) {
                continue;
            }
            String words = text(sentence).strip();
            if (paragraphs.get(sentence.paragraph()).kind() != Block.Kind.PARAGRAPH || insideQuotation(sentence.start())
                    || words.startsWith("(") && !DATELINE.matcher(words).lookingAt() && !BRACKETED_CREDIT.matcher(words).lookingAt()
                    || isQuestion(sentence)
                    || teaser(sentence.paragraph()) || caption(paragraphs.get(sentence.paragraph()))) {
                // An aside in brackets, a question to the reader or a picture's caption sets the scene; the lede
                // tells the news. A credit in brackets opens a lede whose dateline has no city: "(Reuters) — …",
                // "(CNN) President…" (shift stage).
                continue;
            }
            if (Tokenizer.words(body, sentence.start(), sentence.end()).size() >= MIN_LEDE_WORDS) {
                return sentence;
            }
            first = first == null ? sentence : first;
        }
        return first;
    }

    /**
     * Where the story's own text starts: after a byline among the page's first blocks that follows a paragraph of prose,
     * the standfirst a page sets between its headline and its byline ("Dopo due rinvii il progetto passa in giunta: …"
     * over "di Paolo Sartori"), which sums the story up rather than telling its news; 0 when there is none (shift stage).
     */
    private int storyStart() {
        boolean standfirst = false;
        for (int i = 0; i < Math.min(paragraphs.size(), MAX_STANDFIRST_BLOCKS); i++) {
            Paragraph paragraph = paragraphs.get(i);
            String block = text(paragraph.start(), paragraph.end());
            if (standfirst && paragraph.credit() && !pictureCredit(block)) {
                // The byline's time stamp may follow it: "Publié le 21/11/2026 à 18h40 · Mis à jour le …".
                int next = i + 1;
                while (next < paragraphs.size() && next <= i + MAX_STAMP_BLOCKS && stamp(paragraphs.get(next))) {
                    next++;
                }
                return paragraphs.get(next - 1).end();
            }
            standfirst |= paragraph.kind() == Block.Kind.PARAGRAPH && !paragraph.credit() && !PageClutter.isFurniture(block);
        }
        return deckEnd();
    }

    /**
     * Where a deck ends that a page sets under its headline with no byline after it: a paragraph straight under the
     * page's heading that closes on no full stop, over one that does ("Regulator says the firm billed wrongly for two
     * years" over "The firm has been fined £2m…."). It sums the story up, as a standfirst does, while the lede below it
     * tells the news; 0 when the top is otherwise.
     */
    private int deckEnd() {
        if (paragraphs.size() < 3 || !paragraphs.get(0).isHeading()) {
            return 0;
        }
        Paragraph deck = paragraphs.get(1);
        Paragraph lede = paragraphs.get(2);
        boolean prose = deck.kind() == Block.Kind.PARAGRAPH && lede.kind() == Block.Kind.PARAGRAPH && !deck.credit()
                && !PageClutter.isFurniture(text(deck.start(), deck.end()));
        return prose && UNCLOSED.matcher(text(deck.start(), deck.end())).find()
                && !UNCLOSED.matcher(text(lede.start(), lede.end())).find() ? deck.end() : 0;
    }

    /** Whether a credit line credits a picture ("Photo: AP", "Foto: Divulgação"), which may follow any paragraph. */
    private static boolean pictureCredit(String block) {
        List<Token> first = Tokenizer.words(block, 0, block.length(), 1);
        return !first.isEmpty() && PICTURE_CREDITS.contains(Lexicon.lower(first.getFirst().bare()));
    }

    /**
     * Whether a paragraph is a picture's caption: a short line with a piece that credits the picture ("Treharne with
     * the choir in 1987. Photograph: Huw Roe/Courier", "Photo: Sandbags line Carrow Street. Credit: Ann Roe"), which
     * tells what the picture shows, not the news (shift stage).
     */
    boolean caption(Paragraph paragraph) {
        return !paragraph.isHeading() && PICTURE_CREDIT_PIECE.matcher(body).region(paragraph.start(), paragraph.end()).find()
                && Tokenizer.words(body, paragraph.start(), paragraph.end(), MAX_CAPTION_WORDS + 1).size() <= MAX_CAPTION_WORDS;
    }

    /** Whether a block is a page's time stamp: a few words around a date written in figures ("20/11/2026 08h00"). */
    private boolean stamp(Paragraph paragraph) {
        return Tokenizer.words(body, paragraph.start(), paragraph.end(), MAX_STAMP_WORDS + 1).size() <= MAX_STAMP_WORDS
                && NUMERIC_DATE.matcher(body).region(paragraph.start(), paragraph.end()).find();
    }

    /**
     * Whether a paragraph is a teaser that sends the reader elsewhere ("…headlines for Nov. 19 are here. Check out
     * what's clicking today in entertainment."): one of its sentences opens with a call to the reader (shift stage).
     */
    private boolean teaser(int paragraph) {
        for (Sentence sentence : sentencesOf(paragraph)) {
            for (String call : READER_CALLS) {
                if (body.startsWith(call, sentence.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the sentence is a question to the reader or an interviewee. A "question" of more than
     * {@value #MAX_QUESTION_WORDS} words is several sentences the splitter could not part (a lower-case transcript:
     * "good evening. we begin tonight in marlow bay, where … tessa?").
     */
    boolean isQuestion(Sentence sentence) {
        return text(sentence).strip().endsWith("?")
                && Tokenizer.words(body, sentence.start(), sentence.end()).size() <= MAX_QUESTION_WORDS;
    }

    /** Where a block's words start after an agency's dateline that opens it ("MADRID, 3 dic (EFE).- "), else its start. */
    private static int agencyDatelineEnd(String body, int start, int end) {
        Matcher dateline = DATELINE.matcher(body).region(start, end);
        return dateline.lookingAt() && dateline.group().contains("(") && dateline.end() < end ? dateline.end() : start;
    }

    /**
     * Where the lede's own words start, after a dateline such as "WASHINGTON (AP) — " or "Dekalb, Ill. — ", or a credit
     * such as "(CNN) ".
     */
    int ledeStart(Sentence lede) {
        int start = lede.start();
        Matcher dateline = DATELINE.matcher(body);
        for (int i = 0; i < MAX_DATELINES && dateline.region(start, lede.end()).lookingAt(); i++) {
            start = dateline.end();
        }
        if (start > lede.start()) {
            return start;
        }
        Matcher mixedCase = MIXED_CASE_DATELINE.matcher(body).region(lede.start(), lede.end());
        if (mixedCase.lookingAt()) {
            return mixedCase.end();
        }
        Matcher credit = BRACKETED_CREDIT.matcher(body).region(lede.start(), lede.end());
        return credit.lookingAt() ? credit.end() : lede.start();
    }

    String text(int start, int end) {
        return body.substring(start, end);
    }

    String text(Sentence sentence) {
        return body.substring(sentence.start(), sentence.end());
    }

    /**
     * The last {@code part} that starts in {@code body[from, at]}, or -1: what {@code lastIndexOf(part, at)} finds there,
     * read back only to {@code from}, where it would read on to the body's start.
     */
    int lastIndexOf(String part, int from, int at) {
        int end = Math.min(body.length(), at + part.length());
        if (from > at || from > end) {
            return -1;
        }
        int found = body.substring(from, end).lastIndexOf(part);
        return found < 0 ? -1 : from + found;
    }

    Paragraph paragraph(int index) {
        return paragraphs.get(index);
    }

    /** The quotation that contains {@code offset} (marks included), or null. */
    Quotation quotationAt(int offset) {
        int low = 0;
        int high = quotations.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Quotation quotation = quotations.get(mid);
            if (offset < quotation.open()) {
                high = mid - 1;
            } else if (offset >= quotation.end()) {
                low = mid + 1;
            } else {
                return quotation;
            }
        }
        return null;
    }

    /**
     * Whether {@code offset} stands inside a quotation. An interview's answers are quoted too, but they are the
     * article's own account (its names, its next steps), so they do not count here.
     */
    boolean insideQuotation(int offset) {
        Quotation quotation = quotationAt(offset);
        return quotation != null && !quotation.answer();
    }

    /** The index of the paragraph that holds {@code offset}, or -1. */
    int paragraphAt(int offset) {
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.start() <= offset && offset <= paragraph.end()) {
                return paragraph.index();
            }
        }
        return -1;
    }

    /** The sentences of one paragraph. */
    List<Sentence> sentencesOf(int paragraph) {
        List<Sentence> result = new ArrayList<>();
        int low = firstSentenceAtOrAfter(paragraphs.get(paragraph).start());
        for (int i = low; i < sentences.size() && sentences.get(i).paragraph() == paragraph; i++) {
            result.add(sentences.get(i));
        }
        return result;
    }

    /** The sentence containing {@code offset}, or null when it falls between sentences. */
    Sentence sentenceAt(int offset) {
        int index = firstSentenceAtOrAfter(offset + 1) - 1;
        if (index >= 0 && sentences.get(index).start() <= offset && offset < sentences.get(index).end()) {
            return sentences.get(index);
        }
        return null;
    }

    /** The sentence before {@code sentence}, also across a paragraph break, or null for the first. */
    Sentence sentenceBefore(Sentence sentence) {
        int index = firstSentenceAtOrAfter(sentence.start());
        return index > 0 ? sentences.get(index - 1) : null;
    }

    /** The sentence after {@code sentence}, also across a paragraph break, or null for the last. */
    Sentence sentenceAfter(Sentence sentence) {
        int index = firstSentenceAtOrAfter(sentence.start() + 1);
        return index < sentences.size() ? sentences.get(index) : null;
    }

    /** The index of the first sentence starting at or after {@code offset}. */
    private int firstSentenceAtOrAfter(int offset) {
        int low = 0;
        int high = sentences.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
