package dev.briefs.render;

import dev.briefs.digest.Sha256;
import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.ParsedArticle;
import dev.briefs.brief.Quote;
import dev.briefs.brief.Source;
import dev.briefs.brief.Verification;
import dev.briefs.story.ActorPage;
import dev.briefs.story.RelatedBrief;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders briefs as HTML pages for browsers ({@code Accept: text/html}): server-side, with one inline stylesheet and
 * no script, font or image, readable on a phone. Everything that came from an article (titles, keys, quotes, roles,
 * error messages) goes through {@link HtmlWriter}, which escapes it.
 */
public final class BriefPages {

    /** The one stylesheet of every page, inlined: pages load nothing (see the policy below). */
    private static final String STYLE = Resources.text(BriefPages.class, "brief-pages.css");

    /**
     * The Content-Security-Policy of every page: nothing may load or run; the one inline stylesheet is allowed by its
     * hash (so an injected style or element would still be refused); no framing, no base URL, no form targets.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-" + sha256Base64(STYLE)
            + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** How often a page of a brief still PROCESSING reloads itself: a meta refresh, since the pages run no script. */
    static final int PROCESSING_REFRESH_SECONDS = 5;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private BriefPages() {
    }

    /**
     * A link of a page's filter bar.
     *
     * @param label   what it says
     * @param href    where it goes
     * @param current whether it is the filter in force (shown as text, not as a link)
     */
    public record Link(String label, String href, boolean current) {
    }

    /**
     * An earlier brief of the story, for "Earlier in this story".
     *
     * @param related the earlier brief
     * @param after   its "after" line
     */
    public record Earlier(RelatedBrief related, String after) {
    }

    /** The page of one brief. */
    public static String brief(Brief brief) {
        return brief(brief, List.of());
    }

    /** The page of one brief, with the earlier briefs of its story. */
    public static String brief(Brief brief, List<Earlier> earlier) {
        boolean processing = brief.status() == BriefStatus.PROCESSING;
        HtmlWriter html = start(heading(brief), processing);
        html.open("article");
        html.open("p", "class", "meta").trusted(status(brief.status())).close("p");
        html.element("h1", heading(brief));
        html.open("p", "class", "meta").element("code", brief.source().key()).text(" · ");
        time(html, brief.createdAt());
        html.close("p");
        switch (brief.status()) {
            case PROCESSING -> html.element("p", "Being briefed. This page reloads every " + PROCESSING_REFRESH_SECONDS
                    + " seconds until the brief is ready.", "class", "notice");
            case FAILED -> failure(html, brief);
            case READY -> content(html, brief);
        }
        if (!earlier.isEmpty()) {
            earlier(html, brief, earlier);
        }
        details(html, brief);
        html.close("article");
        return end(html);
    }

    /**
     * A list of briefs, newest first.
     *
     * @param heading    the page heading
     * @param briefs     the briefs on this page
     * @param newestHref the link to the first page, or null when this is the first page
     * @param olderHref  the link to the next (older) page, or null when there is none
     */
    public static String list(String heading, List<Brief> briefs, String newestHref, String olderHref) {
        return list(heading, briefs, newestHref, olderHref, List.of());
    }

    /** A list of briefs, newest first, under a bar of filter links. */
    public static String list(String heading, List<Brief> briefs, String newestHref, String olderHref,
                              List<Link> filters) {
        HtmlWriter html = start(heading, false);
        html.element("h1", heading);
        filterBar(html, filters);
        if (briefs.isEmpty()) {
            html.element("p", "No briefs here yet. Drop an article into the bucket and reload.", "class", "muted");
        } else {
            html.open("ol", "class", "briefs");
            briefs.forEach(brief -> listItem(html, brief));
            html.close("ol");
        }
        if (newestHref != null || olderHref != null) {
            html.open("nav", "class", "pager");
            html.open("span");
            if (newestHref != null) {
                html.element("a", "← Newest", "href", newestHref);
            }
            html.close("span").open("span");
            if (olderHref != null) {
                html.element("a", "Older →", "href", olderHref, "rel", "next");
            }
            html.close("span").close("nav");
        }
        return end(html);
    }

    /** The page of an API error, for a browser: the same code and message as the JSON error. */
    public static String error(int status, String code, String message) {
        HtmlWriter html = start(status + " " + code, false);
        html.element("h1", code);
        html.element("p", message);
        html.open("p").element("a", "All briefs", "href", "/").close("p");
        return end(html);
    }

    /** How many actors a list entry names: the main ones, who carry the story. */
    static final int LISTED_ACTORS = 3;

    private static void listItem(HtmlWriter html, Brief brief) {
        html.open("li");
        html.trusted(status(brief.status())).text(" ");
        html.element("a", heading(brief), "href", "/briefs/" + brief.id());
        if (brief.headlineShift() != null && !brief.headlineShift().after().isBlank()) {
            html.element("p", brief.headlineShift().after(), "class", "after");
        }
        if (!brief.actors().isEmpty()) {
            html.open("p", "class", "meta");
            List<Actor> top = brief.actors().subList(0, Math.min(LISTED_ACTORS, brief.actors().size()));
            for (int i = 0; i < top.size(); i++) {
                html.text(i == 0 ? "" : ", ").element("a", top.get(i).name(), "href", actorHref(top.get(i).name()));
            }
            html.close("p");
        }
        html.open("p", "class", "meta").element("code", brief.source().key()).text(" · ");
        time(html, brief.createdAt());
        if (brief.error() != null) {
            html.text(" · ").element("code", brief.error().code());
        }
        html.close("p").close("li");
    }

    /** The page of an actor: the briefs they act in and what they said, newest first. */
    public static String actor(ActorPage page, String briefsHref, String olderHref) {
        HtmlWriter html = start(page.name(), false);
        html.element("h1", page.name());
        html.open("nav", "class", "filters").element("a", "List these briefs", "href", briefsHref)
                .element("a", "All briefs", "href", "/").close("nav");
        html.element("h2", "Briefs");
        if (page.briefs().isEmpty()) {
            html.element("p", "No brief names this actor.", "class", "muted");
        } else {
            html.open("ol", "class", "briefs");
            for (ActorPage.Appearance brief : page.briefs()) {
                html.open("li").element("a", brief.title(), "href", "/briefs/" + brief.id());
                if (!brief.after().isBlank()) {
                    html.element("p", brief.after(), "class", "after");
                }
                html.open("p", "class", "meta");
                if (!brief.role().isBlank()) {
                    html.text(brief.role()).text(" · ");
                }
                time(html, brief.createdAt());
                html.close("p").close("li");
            }
            html.close("ol");
        }
        html.element("h2", "Quotes");
        if (page.quotes().isEmpty()) {
            html.element("p", "None found.", "class", "muted");
        }
        for (ActorPage.Said quote : page.quotes()) {
            html.open("figure").open("blockquote").element("p", "“" + quote.text() + "”").close("blockquote");
            html.open("figcaption").text("— " + quote.speaker() + ", ")
                    .element("a", "in this brief", "href", "/briefs/" + quote.briefId()).close("figcaption");
            html.close("figure");
        }
        if (olderHref != null) {
            html.open("nav", "class", "pager").open("span").close("span").open("span")
                    .element("a", "Older →", "href", olderHref, "rel", "next").close("span").close("nav");
        }
        return end(html);
    }

    /** Where an actor's page is. */
    public static String actorHref(String name) {
        return "/actors/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void filterBar(HtmlWriter html, List<Link> filters) {
        if (filters.isEmpty()) {
            return;
        }
        html.open("nav", "class", "filters", "aria-label", "Filters");
        for (Link link : filters) {
            if (link.current()) {
                html.element("strong", link.label(), "aria-current", "page");
            } else {
                html.element("a", link.label(), "href", link.href());
            }
        }
        html.close("nav");
    }

    /** Each earlier brief's "after" beside this brief's "before": how the story moved since. */
    private static void earlier(HtmlWriter html, Brief brief, List<Earlier> earlier) {
        String before = brief.headlineShift() == null ? "" : brief.headlineShift().before();
        html.element("h2", "Earlier in this story");
        for (Earlier item : earlier) {
            RelatedBrief related = item.related();
            html.open("div", "class", "earlier");
            html.element("a", related.title(), "href", "/briefs/" + related.id());
            html.open("p", "class", "meta");
            time(html, related.createdAt());
            html.text(" · shares ");
            for (int i = 0; i < related.sharedActors().size(); i++) {
                String name = related.sharedActors().get(i);
                html.text(i == 0 ? "" : ", ").element("a", name, "href", actorHref(name));
            }
            html.close("p");
            html.open("div", "class", "pair");
            labelled(html, "Then, after", item.after(), null);
            labelled(html, "Now, before", before, null);
            html.close("div").close("div");
        }
    }

    private static void failure(HtmlWriter html, Brief brief) {
        html.open("div", "class", "notice failed");
        html.element("strong", "Failed: ");
        if (brief.error() != null) {
            html.element("code", brief.error().code()).text(" ").text(brief.error().message());
        } else {
            html.text("no reason was recorded.");
        }
        html.close("div");
    }

    private static void content(HtmlWriter html, Brief brief) {
        EngineInfo engine = brief.engine();
        if (engine != null && engine.fallbackReason() != null) {
            html.open("p", "class", "notice").element("strong", "Fallback: ")
                    .text("made by the " + engine.provider() + " engine because " + engine.fallbackReason())
                    .close("p");
        }
        HeadlineShift shift = brief.headlineShift();
        Citing cite = new Citing(brief.id());
        if (shift != null) {
            html.element("h2", "Headline shift");
            html.open("div", "class", "shift");
            HeadlineShift.ShiftEvidence evidence = shift.evidence();
            labelled(html, "Before", shift.before(), null, cite, evidence == null ? null : evidence.before());
            html.element("p", "↓", "class", "arrow", "aria-hidden", "true");
            labelled(html, "After", shift.after(), null, cite, evidence == null ? null : evidence.after());
            labelled(html, "Trigger", shift.trigger(), "trigger", cite, evidence == null ? null : evidence.trigger());
            html.close("div");
        }
        actors(html, brief.actors(), cite);
        quotes(html, brief.quotes(), cite);
        nextSteps(html, brief.nextSteps(), cite);
    }

    /** A labelled line that cites nothing (a related brief's lines). */
    private static void labelled(HtmlWriter html, String label, String text, String cssClass) {
        labelled(html, label, text, cssClass, new Citing(null), null);
    }

    private static void labelled(HtmlWriter html, String label, String text, String cssClass, Citing cite,
                                 List<Integer> evidence) {
        html.open("p", "class", cssClass).element("span", label, "class", "label").text(" " + blankAsDash(text));
        cite.links(html, evidence);
        html.close("p");
    }

    /**
     * Links from an item to the sentences it cites, on the page of the brief's article ({@code #s<id>}). Nothing for
     * a brief made before evidence was recorded.
     */
    private record Citing(String briefId) {

        void links(HtmlWriter html, List<Integer> evidence) {
            if (evidence == null || evidence.isEmpty()) {
                return;
            }
            html.text(" ").open("span", "class", "evidence").text(evidence.size() == 1 ? "sentence " : "sentences ");
            for (int i = 0; i < evidence.size(); i++) {
                html.text(i == 0 ? "" : ", ").element("a", String.valueOf(evidence.get(i)),
                        "href", "/briefs/" + briefId + "/article#s" + evidence.get(i));
            }
            html.close("span");
        }
    }

    private static void actors(HtmlWriter html, List<Actor> actors, Citing cite) {
        html.element("h2", "Actors");
        if (actors.isEmpty()) {
            html.element("p", "None found.", "class", "muted");
            return;
        }
        html.open("ul");
        for (Actor actor : actors) {
            html.open("li").open("strong").element("a", actor.name(), "href", actorHref(actor.name())).close("strong");
            if (actor.role() != null && !actor.role().isBlank()) {
                html.text(" — ").text(actor.role());
            }
            html.text(" ").element("span", "(" + actor.type() + ", " + actor.mentions()
                    + (actor.mentions() == 1 ? " mention)" : " mentions)"), "class", "muted");
            cite.links(html, actor.evidence());
            html.close("li");
        }
        html.close("ul");
    }

    private static void quotes(HtmlWriter html, List<Quote> quotes, Citing cite) {
        html.element("h2", "Quotes");
        if (quotes.isEmpty()) {
            html.element("p", "None found.", "class", "muted");
            return;
        }
        for (Quote quote : quotes) {
            html.open("figure").open("blockquote").element("p", "“" + quote.text() + "”").close("blockquote");
            html.open("figcaption").text("— " + BriefMarkdown.attribution(quote));
            cite.links(html, quote.evidence());
            html.close("figcaption").close("figure");
        }
    }

    private static void nextSteps(HtmlWriter html, List<NextStep> steps, Citing cite) {
        html.element("h2", "Next steps");
        if (steps.isEmpty()) {
            html.element("p", "None found.", "class", "muted");
            return;
        }
        html.open("ul");
        for (NextStep step : steps) {
            html.open("li");
            if (step.actor() != null && !step.actor().isBlank()) {
                html.element("strong", step.actor()).text(": ");
            }
            html.text(step.action());
            if (step.when() != null && !step.when().isBlank()) {
                html.text(" ").element("span", "(" + step.when() + ")", "class", "muted");
            }
            cite.links(html, step.evidence());
            html.close("li");
        }
        html.close("ul");
    }

    /**
     * The page of a brief's parsed article: every sentence numbered, at the anchor {@code #s<id>} the brief's links
     * point to, the sentences the brief cites marked ({@code class="cited"}), the one linked to highlighted by CSS
     * ({@code :target}), so no script is needed.
     */
    public static String article(Brief brief, ParsedArticle article) {
        Set<Integer> cited = BriefCitations.of(brief);
        HtmlWriter html = start(heading(brief) + " · article", false);
        html.open("article");
        html.open("p", "class", "meta").element("a", "← Brief", "href", "/briefs/" + brief.id()).text(" · ")
                .element("code", brief.source().key()).close("p");
        html.element("h1", article.title().isBlank() ? heading(brief) : article.title());
        html.element("p", article.sentences().size() + " sentences; the " + cited.size()
                + " the brief cites are marked.", "class", "muted");
        html.open("ol", "class", "sentences");
        for (ParsedArticle.Sentence sentence : article.sentences()) {
            html.open("li", "id", "s" + sentence.id(), "value", String.valueOf(sentence.id()),
                    "class", cited.contains(sentence.id()) ? "cited" : null).text(sentence.text()).close("li");
        }
        html.close("ol").close("article");
        return end(html);
    }

    /** The source, the engine and what verification dropped: what an operator checks when a brief looks wrong. */
    private static void details(HtmlWriter html, Brief brief) {
        html.element("h2", "Source");
        html.open("dl");
        Source source = brief.source();
        term(html, "Object", "s3://" + source.bucket() + "/" + source.key());
        term(html, "Size", source.size() == null ? null : source.size() + " bytes");
        term(html, "Format", source.contentType());
        term(html, "SHA-256", source.sha256());
        if (brief.published() != null) {
            term(html, "Byline", brief.published().byline());
            term(html, "Published", brief.published().date());
            term(html, "Language", brief.published().language());
            term(html, "Canonical URL", brief.published().canonicalUrl());
        }
        term(html, "Brief id", brief.id());
        term(html, "Updated", brief.updatedAt() == null ? null : TIME.format(brief.updatedAt()));
        html.close("dl");
        EngineInfo engine = brief.engine();
        if (engine == null) {
            return;
        }
        html.element("h2", "Engine");
        html.open("dl");
        term(html, "Provider", engine.provider());
        term(html, "Model", engine.model());
        term(html, "Fallback reason", engine.fallbackReason());
        term(html, "Time", engine.latencyMs() == null ? null : engine.latencyMs() + " ms");
        term(html, "Tokens", engine.inputTokens() == null ? null
                : engine.inputTokens() + " in, " + engine.outputTokens() + " out");
        term(html, "Model calls", engine.attempts() == null ? null : engine.attempts().toString());
        html.close("dl");
        Verification verification = engine.verification();
        if (verification != null && !verification.dropped().isEmpty()) {
            html.element("p", "Verification dropped " + verification.dropped().size()
                    + (verification.dropped().size() == 1 ? " item" : " items") + " the article does not support:");
            html.open("ul");
            for (Verification.DroppedItem item : verification.dropped()) {
                html.open("li").element("strong", item.kind()).text(" “" + item.value() + "” — " + item.reason())
                        .close("li");
            }
            html.close("ul");
        }
    }

    private static void term(HtmlWriter html, String term, String definition) {
        if (definition != null && !definition.isBlank()) {
            html.element("dt", term).element("dd", definition);
        }
    }

    private static void time(HtmlWriter html, Instant instant) {
        if (instant != null) {
            html.element("time", TIME.format(instant), "datetime", instant.toString());
        }
    }

    private static HtmlWriter start(String title, boolean refresh) {
        HtmlWriter html = new HtmlWriter().trusted("<!DOCTYPE html>");
        html.open("html", "lang", "en").open("head");
        html.open("meta", "charset", "utf-8");
        html.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        if (refresh) {
            html.open("meta", "http-equiv", "refresh", "content", Integer.toString(PROCESSING_REFRESH_SECONDS));
        }
        html.element("title", title + " · briefs");
        html.trusted("<style>" + STYLE + "</style>");
        html.close("head").open("body");
        html.open("header").element("a", "briefs", "href", "/").close("header");
        return html.open("main");
    }

    private static String end(HtmlWriter html) {
        return html.close("main").close("body").close("html").toString();
    }

    /** The status badge; its text and class come from the enum, never from a brief's content. */
    private static String status(BriefStatus status) {
        return "<span class=\"status " + status.name().toLowerCase(Locale.ROOT) + "\">" + status.name() + "</span>";
    }

    /** What a brief is called: its headline, or its object key until it has one (PROCESSING, most FAILED). */
    private static String heading(Brief brief) {
        return brief.title() != null && !brief.title().isBlank() ? brief.title() : brief.source().key();
    }

    private static String blankAsDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static String sha256Base64(String text) {
        return Base64.getEncoder().encodeToString(Sha256.of(text));
    }
}
