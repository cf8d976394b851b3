package dev.briefs.api;

import dev.briefs.brief.Brief;
import dev.briefs.render.BriefMarkdown;
import dev.briefs.render.BriefPages;
import dev.briefs.store.BriefIds;
import dev.briefs.store.BriefRepository;
import dev.briefs.store.Page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The routes that read briefs: their parameters, the repository call, and the brief in the representation asked for. */
final class BriefEndpoints {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_KEY_LENGTH = 1024;

    private final BriefRepository repository;
    private final ListingCursors cursors;
    private final StoryRoutes stories;

    BriefEndpoints(BriefRepository repository, ListingCursors cursors, StoryRoutes stories) {
        this.repository = repository;
        this.cursors = cursors;
        this.stories = stories;
    }

    /** {@code GET /briefs/{id}}. */
    ApiResponse one(ApiRequest request, String id) {
        validId(id);
        Representation representation = Representation.of(request);
        if (representation == Representation.JSON) {
            // The stored document is the brief's JSON already: served as it is, with the related briefs added.
            String document = repository.getDocument(id).orElseThrow(BriefEndpoints::noSuchBrief);
            return Responses.jsonText(200, stories.withRelated(document, id));
        }
        Brief brief = repository.get(id).orElseThrow(BriefEndpoints::noSuchBrief);
        return representation == Representation.MARKDOWN
                ? Responses.markdown(200, BriefMarkdown.render(brief))
                : Responses.html(200, BriefPages.brief(brief, stories.earlier(brief)));
    }

    /** {@code id} when it has the form of a brief id; a 400 otherwise. */
    static String validId(String id) {
        if (!BriefIds.isValid(id)) {
            throw new ApiException(400, "INVALID_ID", "A brief id is b_ followed by 24 lower-case hex digits.");
        }
        return id;
    }

    /** A page of the listing; {@code path} is where it was asked for, so page links stay on {@code /} or {@code /briefs}. */
    ApiResponse list(ApiRequest request, String path) {
        ListingFilters filters = ListingFilters.of(request.query());
        String after = cursors.after(request);
        String format = request.query().get("format");
        if (format != null) {
            if (!format.equals("ndjson")) {
                throw new ApiException(400, "INVALID_FORMAT", "format must be ndjson (or left out for pages).");
            }
            return stories.export(filters, after);
        }
        String limitParameter = request.query().get("limit");
        int limit = limit(limitParameter);
        Page<Brief> page = repository.list(filters.query(), limit, after);
        String nextCursor = cursors.encode(page.nextCursor());
        return switch (Representation.of(request)) {
            case MARKDOWN -> Responses.markdown(200, markdown(page.items()));
            case HTML -> Responses.html(200, BriefPages.list(StoryRoutes.listHeading(filters), page.items(),
                    after == null ? null : PageLinks.to(path, filters.parameters(), limitParameter, null),
                    nextCursor == null ? null : PageLinks.to(path, filters.parameters(), limitParameter, nextCursor),
                    StoryRoutes.statusLinks(path, filters)));
            case JSON -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("items", page.items());
                body.put("nextCursor", nextCursor);
                yield Responses.json(200, body);
            }
        };
    }

    /** {@code GET /briefs?key=}. */
    ApiResponse byKey(ApiRequest request) {
        String key = request.query().get("key");
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new ApiException(400, "INVALID_KEY", "key must be 1 to " + MAX_KEY_LENGTH + " characters.");
        }
        List<Brief> items = repository.findBySourceKey(key);
        return switch (Representation.of(request)) {
            case MARKDOWN -> Responses.markdown(200, markdown(items));
            case HTML -> Responses.html(200, BriefPages.list("Briefs of " + key, items, null, null));
            case JSON -> Responses.json(200, Map.of("items", items));
        };
    }

    static int limit(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = value.length() > 4 ? -1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(400, "INVALID_LIMIT", "limit must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        return limit;
    }

    private static String markdown(List<Brief> briefs) {
        StringBuilder md = new StringBuilder();
        for (Brief brief : briefs) {
            md.append(BriefMarkdown.render(brief)).append("\n---\n\n");
        }
        return md.toString();
    }

    /** Refuses a path id that cannot be a brief's, before any lookup. */
    static void requireValidId(String id) {
        validId(id);
    }

    static ApiException noSuchBrief() {
        return new ApiException(404, "NOT_FOUND", "No brief with that id.");
    }
}
