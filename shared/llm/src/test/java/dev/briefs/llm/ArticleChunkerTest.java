package dev.briefs.llm;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.article.Block;
import dev.briefs.article.NumberedSentences;
import dev.briefs.article.NumberedSentences.Sentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleChunkerTest {

    private static final int OVERHEAD = 100;

    private static NumberedSentences article(List<Block> blocks) {
        return NumberedSentences.of(new Article("A title", blocks, ArticleFormat.TEXT, null));
    }

    private static Block paragraph(int n, int words) {
        return Block.paragraph(("Paragraph " + n + " word ").repeat(words / 3).strip() + ".");
    }

    private static int cost(ArticleChunk chunk) {
        return chunk.sentences().stream().mapToInt(sentence -> TokenEstimate.of(BriefPrompt.numbered(sentence)) + 1)
                .sum();
    }

    private static List<Sentence> body(NumberedSentences sentences) {
        return sentences.all().subList(1, sentences.count());
    }

    @Test
    void anArticleThatFitsIsOnePartWithEverySentence() {
        NumberedSentences article = article(List.of(paragraph(1, 30), paragraph(2, 30)));

        List<ArticleChunk> chunks = new ArticleChunker(1000, OVERHEAD).split(article);

        assertEquals(List.of(new ArticleChunk(1, 1, article.get(1), body(article))), chunks);
    }

    @Test
    void aLongArticleIsSplitOnBlockBoundariesIntoPartsOfSimilarSize() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            blocks.add(paragraph(i, 60));
        }
        NumberedSentences article = article(blocks);
        int budget = 1000 - OVERHEAD - TokenEstimate.of("[1] A title");

        List<ArticleChunk> chunks = new ArticleChunker(1000, OVERHEAD).split(article);

        assertTrue(chunks.size() >= 3, chunks.size() + " parts");
        List<Sentence> rejoined = chunks.stream().flatMap(chunk -> chunk.sentences().stream()).toList();
        assertEquals(body(article), rejoined, "every sentence, whole, in order, once");
        for (int i = 0; i < chunks.size(); i++) {
            assertEquals(i + 1, chunks.get(i).number());
            assertEquals(chunks.size(), chunks.get(i).of());
            assertEquals(article.get(1), chunks.get(i).title(), "every part has the title");
            assertTrue(cost(chunks.get(i)) <= budget, "part " + (i + 1) + " fits: " + cost(chunks.get(i)));
        }
        int smallest = chunks.stream().mapToInt(ArticleChunkerTest::cost).min().orElseThrow();
        int largest = chunks.stream().mapToInt(ArticleChunkerTest::cost).max().orElseThrow();
        assertTrue(smallest * 2 >= largest, "no scrap of a last part: " + smallest + " vs " + largest);
    }

    @Test
    void aBlockLargerThanAPartIsSplitBetweenSentencesAndALineWithoutOneBetweenWords() {
        String sentence = "This sentence is one of many in a very long paragraph that never seems to end. ";
        Block huge = Block.paragraph(sentence.repeat(60).strip());
        Block line = Block.paragraph("word ".repeat(3_000).strip());
        NumberedSentences article = article(List.of(paragraph(1, 30), huge, line));

        List<ArticleChunk> chunks = new ArticleChunker(1000, OVERHEAD).split(article);

        List<Sentence> pieces = chunks.stream().flatMap(chunk -> chunk.sentences().stream()).toList();
        assertEquals(body(article).subList(0, 61), pieces.subList(0, 61), "the paragraph and each sentence, whole");
        List<Sentence> ofTheLine = pieces.subList(61, pieces.size());
        assertTrue(ofTheLine.size() > 1, "the line comes in pieces");
        assertTrue(ofTheLine.stream().allMatch(piece -> piece.id() == 63), "each piece carries the line's number");
        assertEquals(line.text(), ofTheLine.stream().map(Sentence::text).collect(Collectors.joining(" ")));
    }

    @Test
    void estimatesTokensByScript() {
        assertEquals(3, TokenEstimate.of("Hello world."), "12 Latin characters");
        assertEquals(4, TokenEstimate.of("\u4F60\u597D\u4E16\u754C"), "a token a Chinese character");
        assertEquals(3, TokenEstimate.of("\u041F\u0440\u0438\u0432\u0435\u0442"), "two Cyrillic characters a token");
        String english = "The government approved the rail link on Tuesday, ending a two-year delay for the region.";
        double perWord = TokenEstimate.of(english) / (double) english.split(" ").length;
        assertTrue(perWord > 1.2 && perWord < 2.0, perWord + " tokens a word");
    }
}
