package dev.briefs.store;

import dev.briefs.brief.ParsedArticle;
import dev.briefs.json.BriefJson;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A {@link ParsedArticleStore} in memory, keyed as the S3 adapter keys it: {@code <brief id>/<sha256>}. */
public final class InMemoryParsedArticleStore implements ParsedArticleStore {

    private final Map<String, String> documents = new ConcurrentSkipListMap<>();

    @Override
    public void put(ParsedArticle article, String sha256) {
        documents.put(article.id() + "/" + sha256, BriefJson.write(article));
    }

    @Override
    public Optional<String> getDocument(String briefId, String sha256) {
        return Optional.ofNullable(documents.get(briefId + "/" + sha256));
    }

    @Override
    public void retainOnly(String briefId, String sha256) {
        documents.keySet().removeIf(key -> key.startsWith(briefId + "/") && !key.equals(briefId + "/" + sha256));
    }

    @Override
    public void delete(String briefId) {
        documents.keySet().removeIf(key -> key.startsWith(briefId + "/"));
    }

    /** The stored keys, {@code <brief id>/<sha256>}, sorted. */
    public Set<String> keys() {
        return new TreeMap<>(documents).keySet();
    }
}
