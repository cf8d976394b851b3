package dev.briefs.article;

import dev.briefs.brief.ParsedArticle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An article as numbered sentences: what a brief's {@code evidence} cites, what the model is shown and what is stored
 * with the brief ({@link ParsedArticle}). Sentence 1 is the title, when there is one; then every block's sentences in
 * reading order, as {@link SentenceSplitter} finds them. A block without a sentence boundary (a table row, a line of
 * 20,000 words without a full stop) is one sentence, so every item can still cite its block.
 *
 * <p>Sentences keep their offsets in {@link Article#fullText()}, so a span of the article maps to the sentences it
 * covers. Immutable and thread-safe.
 */
public final class NumberedSentences {

    /**
     * One numbered sentence.
     *
     * @param id    its number, from 1
     * @param block the index of its block in {@link Article#blocks()}, or -1 for the title
     * @param start its offset in the article's full text
     * @param end   the offset after it
     * @param text  its text
     */
    public record Sentence(int id, int block, int start, int end, String text) {
    }

    /**
     * How many sentences before a quotation the sentence naming its speaker may stand, when a pronoun or a quotation
     * running on refers back to it ({@link #lastNaming}).
     */
    public static final int MAX_ATTRIBUTION_DISTANCE = 6;

    /** The label of an interview's answer: "A:", "A.", "R:" (respuesta, réponse), "О:" (ответ), then the words. */
    public static final Pattern ANSWER_LABEL = Pattern.compile("(?:A|R|О|Antwort|Answer)\\s?[:.]\\s+(?=\\S)");

    /** The full text with the line breaks between blocks as spaces, so a collapsed span matches across them. */
    private final String text;
    private final List<Sentence> sentences;

    private NumberedSentences(String fullText, List<Sentence> sentences) {
        this.text = fullText.replace('\n', ' ');
        this.sentences = List.copyOf(sentences);
    }

    /**
     * The sentences of the article last numbered on this thread: the engine, the verifier and the stored article each
     * ask for the same article's, and they are immutable. Keyed by identity, so an equal article is numbered anew.
     */
    private static final ThreadLocal<Numbered> LAST = new ThreadLocal<>();

    private record Numbered(Article article, NumberedSentences sentences) {
    }

    public static NumberedSentences of(Article article) {
        Numbered last = LAST.get();
        if (last != null && last.article() == article) {
            return last.sentences();
        }
        NumberedSentences sentences = number(article);
        LAST.set(new Numbered(article, sentences));
        return sentences;
    }

    private static NumberedSentences number(Article article) {
        String full = article.fullText();
        List<Sentence> sentences = new ArrayList<>();
        int offset = 0;
        if (!article.title().isEmpty()) {
            sentences.add(new Sentence(1, -1, 0, article.title().length(), article.title()));
            offset = article.title().length() + 1;
        }
        for (int block = 0; block < article.blocks().size(); block++) {
            int end = offset + article.blocks().get(block).text().length();
            for (int[] range : SentenceSplitter.split(full, offset, end)) {
                sentences.add(new Sentence(sentences.size() + 1, block, range[0], range[1],
                        full.substring(range[0], range[1])));
            }
            offset = end + 1;
        }
        return new NumberedSentences(full, sentences);
    }

    public List<Sentence> all() {
        return sentences;
    }

    public int count() {
        return sentences.size();
    }

    /** Whether {@code id} numbers a sentence. */
    public boolean has(int id) {
        return id >= 1 && id <= sentences.size();
    }

    /** The sentence numbered {@code id}; see {@link #has}. */
    public Sentence get(int id) {
        return sentences.get(id - 1);
    }

    /** The texts of the sentences {@code ids} (valid ones only), in the order given, joined by spaces. */
    public String text(List<Integer> ids) {
        StringBuilder joined = new StringBuilder();
        for (int id : ids) {
            if (has(id)) {
                joined.append(joined.isEmpty() ? "" : " ").append(get(id).text());
            }
        }
        return joined.toString();
    }

    /**
     * The sentences each occurrence of {@code span} covers, one list per occurrence in reading order; none when the
     * article does not contain it. The span's blank space is collapsed first, as the blocks' is.
     */
    public List<List<Integer>> occurrences(String span) {
        String wanted = Whitespace.collapse(span);
        List<List<Integer>> found = new ArrayList<>();
        if (wanted.isEmpty()) {
            return found;
        }
        for (int at = text.indexOf(wanted, 0); at >= 0; at = text.indexOf(wanted, at + 1)) {
            found.add(covering(at, at + wanted.length()));
        }
        return found;
    }

    /** The sentences the first occurrence of {@code span} covers, or none. */
    public List<Integer> locate(String span) {
        List<List<Integer>> found = occurrences(span);
        return found.isEmpty() ? List.of() : found.getFirst();
    }

    /**
     * The sentences in which {@code name} stands as whole words (case as given), at most {@code limit}, in order.
     */
    public List<Integer> naming(String name, int limit) {
        String wanted = Whitespace.collapse(name);
        Set<Integer> ids = new LinkedHashSet<>();
        if (wanted.isEmpty()) {
            return List.of();
        }
        for (int at = text.indexOf(wanted, 0); at >= 0 && ids.size() < limit; at = text.indexOf(wanted, at + 1)) {
            if (isWordEdge(at - 1) && isWordEdge(at + wanted.length())) {
                ids.addAll(covering(at, at + wanted.length()));
            }
        }
        return List.copyOf(ids);
    }

    /** Whether {@code name} stands as whole words in sentence {@code id}. */
    public boolean names(int id, String name) {
        String wanted = Whitespace.collapse(name);
        if (!has(id) || wanted.isEmpty()) {
            return false;
        }
        Sentence sentence = get(id);
        for (int at = text.indexOf(wanted, sentence.start()); at >= 0 && at + wanted.length() <= sentence.end();
             at = text.indexOf(wanted, at + 1)) {
            if (isWordEdge(at - 1) && isWordEdge(at + wanted.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the interview that sentence {@code id} answers in starts: when the block before {@code id}'s asks a
     * question (it ends with a question mark), the first sentence of the first question of that run of questions
     * and answers; else -1. An answer's speaker is named in the introduction, before the first question. The run goes
     * on over one prompt between questions that the interviewer puts as a statement, with the answer to it.
     */
    public int interviewStart(int id) {
        if (!has(id)) {
            return -1;
        }
        int block = get(id).block();
        int start = -1;
        while (block > 0 && asks(block - 1)) {
            start = firstOfBlock(block - 1);
            block -= 2;
            if (block < 0 || asks(block)) {
                break;
            }
            if (block > 2 && !asks(block - 1) && !asks(block - 2) && asks(block - 3)) {
                block -= 2; // a prompt put as a statement ("The harvest was over, though…") and its answer
            }
        }
        return start;
    }

    /**
     * Whether the block's last sentence ends with a question mark; a labelled answer asks none, though it may end on
     * a question of its own ("A: … Who gets that?").
     */
    private boolean asks(int block) {
        int last = -1;
        for (Sentence sentence : sentences) {
            if (sentence.block() == block) {
                if (last < 0 && ANSWER_LABEL.matcher(sentence.text()).lookingAt()) {
                    return false;
                }
                last = sentence.id();
            } else if (sentence.block() > block) {
                break;
            }
        }
        return last > 0 && get(last).text().strip().endsWith("?");
    }

    private int firstOfBlock(int block) {
        for (Sentence sentence : sentences) {
            if (sentence.block() == block) {
                return sentence.id();
            }
        }
        return -1;
    }

    /**
     * The last sentence before {@code id}, at most {@value #MAX_ATTRIBUTION_DISTANCE} back, in which {@code name} stands
     * as whole words; -1 when none does. Where a quotation's speaker is named when a pronoun ("he added") or a
     * quotation running on over paragraphs stands for them.
     */
    public int lastNaming(String name, int id) {
        for (int other = id - 1; other >= Math.max(1, id - MAX_ATTRIBUTION_DISTANCE); other--) {
            if (names(other, name)) {
                return other;
            }
        }
        return -1;
    }

    /**
     * The sentences around {@code ids}: the sentences themselves, the two before and the one after each, and the rest
     * of their blocks. Where a quotation's speaker is named, if anywhere nearby: a name two sentences back covers
     * "Ruiz spoke first. She said: ..." followed by a quoted block.
     */
    public List<Integer> around(List<Integer> ids) {
        Set<Integer> near = new TreeSet<>();
        for (int id : ids) {
            if (!has(id)) {
                continue;
            }
            near.add(id);
            near.add(Math.max(1, id - 2));
            near.add(Math.max(1, id - 1));
            near.add(Math.min(count(), id + 1));
            int block = get(id).block();
            for (int other = id - 1; other >= 1 && get(other).block() == block; other--) {
                near.add(other);
            }
            for (int other = id + 1; other <= count() && get(other).block() == block; other++) {
                near.add(other);
            }
        }
        return List.copyOf(near);
    }

    /**
     * The sentence whose content words cover most of {@code claim}'s ({@link ContentWords}), and that share; the first
     * such sentence on a tie. Empty ids and 0 when no sentence shares a content word.
     */
    public Match bestSupport(String claim) {
        Set<String> wanted = ContentWords.of(claim);
        Match best = new Match(List.of(), 0);
        for (Sentence sentence : sentences) {
            double share = ContentWords.share(wanted, ContentWords.of(sentence.text()));
            if (share > best.score()) {
                best = new Match(List.of(sentence.id()), share);
            }
        }
        return best;
    }

    /**
     * Sentences and how well they support a claim.
     *
     * @param ids   the sentences
     * @param score the share of the claim's content words they contain, 0 to 1
     */
    public record Match(List<Integer> ids, double score) {
    }

    /** The article as stored with its brief and served by {@code GET /briefs/{id}/article}. */
    public ParsedArticle toParsedArticle(String briefId, String title) {
        return new ParsedArticle(briefId, title,
                sentences.stream().map(s -> new ParsedArticle.Sentence(s.id(), s.text())).toList());
    }

    private boolean isWordEdge(int at) {
        return at < 0 || at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
    }

    /** The sentences that overlap {@code [start, end)}. */
    private List<Integer> covering(int start, int end) {
        List<Integer> ids = new ArrayList<>();
        int low = 0;
        int high = sentences.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).end() <= start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i < sentences.size() && sentences.get(i).start() < end; i++) {
            ids.add(sentences.get(i).id());
        }
        return ids;
    }
}
