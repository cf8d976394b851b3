package dev.briefs.article.html;

import dev.briefs.article.Whitespace;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the page's JSON-LD (schema.org) says about the article: the first object typed as an article, looked for in
 * every {@code <script type="application/ld+json">}, inside arrays and {@code @graph} lists too. Sites write this
 * for search engines, so it is usually more reliable than the visible page furniture.
 *
 * @param headline  the {@code headline} (or {@code name})
 * @param authors   the authors' names, in order
 * @param published the {@code datePublished}, as written
 * @param language  the {@code inLanguage}
 * @param url       the {@code url} or {@code mainEntityOfPage}
 */
record JsonLdArticle(String headline, List<String> authors, String published, String language, String url) {

    private static final int MAX_NESTING = 64;

    static final JsonLdArticle NONE = new JsonLdArticle(null, List.of(), null, null, null);

    /**
     * Page authors hand-write JSON-LD: raw line breaks in strings, trailing commas and odd escapes are common.
     * Real JSON-LD nests a few levels; the bound keeps a hostile script from costing stack.
     */
    private static final ObjectMapper LENIENT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                    .build())
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting", "SocialMediaPosting", "TechArticle", "ScholarlyArticle", "Report", "Review");

    /** Reads the page's JSON-LD; {@link #NONE} when there is no article object or it cannot be parsed. */
    static JsonLdArticle read(Document document) {
        for (Element script : document.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = LENIENT.readTree(script.data());
            } catch (IOException e) {
                continue; // Broken JSON-LD is common and never fatal: the meta tags remain.
            }
            JsonNode article = findArticle(root);
            if (article != null) {
                return fromNode(article);
            }
        }
        return NONE;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.get("@type"))) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode item : type) {
                if (ARTICLE_TYPES.contains(item.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    private static JsonLdArticle fromNode(JsonNode article) {
        String headline = text(article.get("headline"));
        return new JsonLdArticle(headline != null ? headline : text(article.get("name")), names(article.get("author")),
                text(article.get("datePublished")), nameOrText(article.get("inLanguage")), url(article));
    }

    private static String url(JsonNode article) {
        String url = text(article.get("url"));
        if (url != null) {
            return url;
        }
        JsonNode page = article.get("mainEntityOfPage");
        return page != null && page.isObject() ? text(page.get("@id")) : text(page);
    }

    /** Authors appear as a string, an object with a name, or an array of either. */
    private static List<String> names(JsonNode author) {
        List<String> names = new ArrayList<>();
        if (author == null) {
            return names;
        }
        for (JsonNode item : author.isArray() ? author : List.of(author)) {
            String name = nameOrText(item);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static String nameOrText(JsonNode node) {
        return node != null && node.isObject() ? text(node.get("name")) : text(node);
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        String text = Whitespace.collapse(node.asText());
        return text.isEmpty() ? null : text;
    }
}
