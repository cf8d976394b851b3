package dev.briefs.api;

import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.json.BriefJson;
import dev.briefs.render.BriefMarkdown;
import dev.briefs.render.BriefPages;
import dev.briefs.store.BriefRepository;
import dev.briefs.store.ParsedArticleStore;

/**
 * {@code GET /briefs/{id}/article}: the parsed article a READY brief cites, as numbered sentences. JSON is the stored
 * document as it is; the page and the Markdown mark the sentences the brief cites.
 */
final class ArticleEndpoint {

    private final BriefRepository briefs;
    private final ParsedArticleStore articles;

    ArticleEndpoint(BriefRepository briefs, ParsedArticleStore articles) {
        this.briefs = briefs;
        this.articles = articles;
    }

    ApiResponse article(ApiRequest request, String id) {
        BriefEndpoints.requireValidId(id);
        Brief brief = briefs.get(id).orElseThrow(BriefEndpoints::noSuchBrief);
        if (brief.status() != BriefStatus.READY) {
            throw new ApiException(404, "NOT_FOUND", "The brief is " + brief.status()
                    + ": only a READY brief has a parsed article.");
        }
        String document = articles.getDocument(id, brief.source().sha256()).orElseThrow(() -> new ApiException(404,
                "NOT_FOUND", "No parsed article is kept for this brief: it was made before articles were kept"
                + " (briefs without schemaVersion 2). Reprocess it to keep one."));
        return switch (Representation.of(request)) {
            case JSON -> Responses.jsonText(200, document);
            case MARKDOWN -> Responses.markdown(200, BriefMarkdown.article(brief, BriefJson.readParsedArticle(document)));
            case HTML -> Responses.html(200, BriefPages.article(brief, BriefJson.readParsedArticle(document)));
        };
    }
}
