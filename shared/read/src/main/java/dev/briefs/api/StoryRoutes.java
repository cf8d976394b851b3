package dev.briefs.api;

import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.json.JsonText;
import dev.briefs.render.BriefPages;
import dev.briefs.store.BriefRepository;
import dev.briefs.store.Page;
import dev.briefs.story.ActorEntry;
import dev.briefs.story.ActorPage;
import dev.briefs.story.BriefQuery;
import dev.briefs.story.RelatedBrief;
import dev.briefs.story.RelatedBriefs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes that follow people and stories across briefs: an actor's page ({@code GET /actors/{name}}), a brief's
 * earlier briefs ({@code GET /briefs/{id}/related}, and {@code related} on the brief), and the listing as NDJSON
 * ({@code GET /briefs?format=ndjson}).
 */
final class StoryRoutes {

    /**
     * An NDJSON export stops below Lambda's 6 MB response limit; a {@code Link: rel="next"} header then says where to
     * go on (the CLI's {@code ./briefs export} streams any number of briefs by pages instead).
     */
    static final int EXPORT_MAX_CHARS = 5 * 1024 * 1024;

    private final BriefRepository repository;
    private final ListingCursors cursors;

    StoryRoutes(BriefRepository repository, ListingCursors cursors) {
        this.repository = repository;
        this.cursors = cursors;
    }

    ApiResponse actor(ApiRequest request, String rawName) {
        String name;
        try {
            name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "INVALID_ACTOR", "The actor name in the path is not validly percent-encoded.");
        }
        String key = ListingFilters.actorKey(name);
        ListingFilters filters = ListingFilters.of(request.query());
        int limit = BriefEndpoints.limit(request.query().get("limit"));
        String after = cursors.after(request);
        BriefQuery range = new BriefQuery(null, filters.query().since(), filters.query().until(), key);
        Page<ActorEntry> entries = repository.actorEntries(key, range, limit, after);
        ActorPage page = ActorPage.of(name, entries.items(), cursors.encode(entries.nextCursor()));
        return switch (Representation.of(request)) {
            case JSON -> Responses.json(200, page);
            case MARKDOWN -> Responses.markdown(200, markdown(page));
            case HTML -> Responses.html(200, BriefPages.actor(page, PageLinks.to("/briefs", Map.of("actor", name)),
                    page.nextCursor() == null ? null : PageLinks.to("/actors/" + rawName, timeRange(filters),
                            request.query().get("limit"), page.nextCursor())));
        };
    }

    /** The {@code since} and {@code until} of a request, for links that keep them. */
    private static Map<String, String> timeRange(ListingFilters filters) {
        Map<String, String> range = new LinkedHashMap<>(filters.parameters());
        range.keySet().retainAll(List.of("since", "until"));
        return range;
    }

    ApiResponse related(String id) {
        List<RelatedBrief> related = relatedOf(id);
        if (related.isEmpty() && repository.getDocument(id).isEmpty()) {
            throw new ApiException(404, "NOT_FOUND", "No brief with that id.");
        }
        return Responses.json(200, Map.of("items", related));
    }

    /** The stored brief document with {@code "related"} added as its last field, without decoding it. */
    String withRelated(String document, String id) {
        int end = document.lastIndexOf('}');
        return document.substring(0, end) + ",\"related\":" + JsonText.of(relatedOf(id)) + document.substring(end);
    }

    /** The earlier briefs of a READY brief, with their "after" lines, for its page. */
    List<BriefPages.Earlier> earlier(Brief brief) {
        if (brief.status() != BriefStatus.READY) {
            return List.of();
        }
        List<BriefPages.Earlier> earlier = new ArrayList<>();
        for (RelatedBrief related : relatedOf(brief.id())) {
            repository.get(related.id()).ifPresent(found -> earlier.add(new BriefPages.Earlier(related,
                    found.headlineShift() == null ? "" : found.headlineShift().after())));
        }
        return earlier;
    }

    private List<RelatedBrief> relatedOf(String id) {
        return repository.related(id, RelatedBriefs.WINDOW);
    }

    /** Whole briefs, one JSON document per line, newest first, the pages read one after another. */
    ApiResponse export(ListingFilters filters, String after) {
        StringBuilder lines = new StringBuilder();
        String position = after;
        do {
            Page<Brief> page = repository.list(filters.query(), BriefEndpoints.MAX_LIMIT, position);
            page.items().forEach(brief -> lines.append(JsonText.of(brief)).append('\n'));
            position = page.nextCursor();
        } while (position != null && lines.length() < EXPORT_MAX_CHARS);
        Map<String, String> headers = SecurityHeaders.of("application/x-ndjson");
        if (position != null) {
            Map<String, String> parameters = filters.parameters();
            parameters.put("format", "ndjson");
            parameters.put("cursor", cursors.encode(position));
            headers.put("Link", "<" + PageLinks.to("/briefs", parameters) + ">; rel=\"next\"");
        }
        return new ApiResponse(200, headers, lines.toString());
    }

    /** The listing's heading, naming its filters. */
    static String listHeading(ListingFilters filters) {
        StringBuilder heading = new StringBuilder("Briefs");
        if (filters.actorName() != null) {
            heading.append(" with ").append(filters.actorName());
        }
        if (filters.query().status() != null) {
            heading.append(" · ").append(filters.query().status().name());
        }
        return heading.toString();
    }

    /** One link per status (and one for any status), keeping the other filters; the current one marked. */
    static List<BriefPages.Link> statusLinks(String path, ListingFilters filters) {
        List<BriefPages.Link> links = new ArrayList<>();
        links.add(new BriefPages.Link("All", filters.linkWithStatus(path, null), filters.query().status() == null));
        for (BriefStatus status : BriefStatus.values()) {
            links.add(new BriefPages.Link(status.name(), filters.linkWithStatus(path, status),
                    status == filters.query().status()));
        }
        if (filters.actorName() != null) {
            Map<String, String> others = new LinkedHashMap<>(filters.parameters());
            others.remove("actor");
            links.add(new BriefPages.Link("Any actor", PageLinks.to(path, others), false));
        }
        return links;
    }

    private static String markdown(ActorPage page) {
        StringBuilder md = new StringBuilder("# ").append(page.name()).append("\n\n## Briefs\n\n");
        page.briefs().forEach(brief -> md.append("- ").append(brief.title()).append(" (").append(brief.createdAt())
                .append(brief.role().isEmpty() ? "" : ", " + brief.role()).append(") /briefs/").append(brief.id())
                .append('\n'));
        md.append("\n## Quotes\n\n");
        page.quotes().forEach(quote -> md.append("> ").append(quote.text()).append("\n>\n> — ").append(quote.speaker())
                .append(", /briefs/").append(quote.briefId()).append("\n\n"));
        return md.toString();
    }
}
