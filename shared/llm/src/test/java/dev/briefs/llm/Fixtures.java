package dev.briefs.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.article.Block;
import dev.briefs.brief.Actor;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The articles the provider tests brief, and the answers a model would give. */
final class Fixtures {

    private Fixtures() {
    }

    static final Article RAIL = new Article("Government approves Northern rail link after two-year delay", List.of(
            Block.paragraph("The government approved the \u00A33bn Northern Connect rail link on Tuesday, ending a "
                    + "two-year delay that had left councils across the region in limbo."),
            Block.paragraph("Transport Secretary Louise Haigh said: \u201CThis line will change how people in the "
                    + "North live and work.\u201D She told MPs the decision followed a review of costs by the National "
                    + "Audit Office."),
            Block.paragraph("Greater Manchester mayor Andy Burnham welcomed the move. \u201CWe have waited long "
                    + "enough,\u201D Burnham said, adding that the region would \u201Chold ministers to every "
                    + "promise\u201D."),
            Block.paragraph("Network Rail will begin detailed design work in the spring, and the first contracts are "
                    + "expected to be awarded by the end of 2026.")),
            ArticleFormat.TEXT, null);

    /*
     * RAIL's numbered sentences: 1 the title; 2 "The government approved ..."; 3 "Transport Secretary Louise Haigh
     * said: “This line ...”"; 4 "She told MPs ... National Audit Office."; 5 "Greater Manchester mayor Andy Burnham
     * welcomed the move."; 6 "“We have waited long enough,” Burnham said, ..."; 7 "Network Rail will begin ...".
     */
    static final HeadlineShift RAIL_SHIFT = new HeadlineShift("The Northern Connect rail link had been on hold for "
            + "two years.", "The government has approved it.", "A cost review by the National Audit Office.",
            new HeadlineShift.ShiftEvidence(List.of(2), List.of(2), List.of(4)));

    static final List<Actor> RAIL_ACTORS = List.of(
            new Actor("Louise Haigh", "Transport Secretary", Actor.PERSON, 0, List.of(3)),
            new Actor("Andy Burnham", "Greater Manchester mayor", Actor.PERSON, 0, List.of(5, 6)),
            new Actor("Network Rail", "", Actor.ORGANISATION, 0, List.of(7)),
            new Actor("National Audit Office", "", Actor.ORGANISATION, 0, List.of(4)));

    static final List<Quote> RAIL_QUOTES = List.of(
            new Quote("Louise Haigh", "This line will change how people in the North live and work.", List.of(3)),
            new Quote("Andy Burnham", "We have waited long enough.", List.of(6)));

    static final List<NextStep> RAIL_NEXT_STEPS = List.of(
            new NextStep("Network Rail", "begin detailed design work", "in the spring", List.of(7)),
            new NextStep("", "award the first contracts", "by the end of 2026", List.of(7)));

    /** The brief a good model gives for {@link #RAIL}. */
    static String railBrief() {
        return briefJson(RAIL_SHIFT, RAIL_ACTORS, RAIL_QUOTES, RAIL_NEXT_STEPS);
    }

    /** A brief in the schema's JSON; items without evidence cite nothing, and no quote picks a candidate. */
    static String briefJson(HeadlineShift shift, List<Actor> actors, List<Quote> quotes, List<NextStep> steps) {
        Map<String, Object> brief = new LinkedHashMap<>();
        HeadlineShift.ShiftEvidence cited = shift.evidence() == null ? HeadlineShift.ShiftEvidence.NONE
                : shift.evidence();
        brief.put("headlineShift", Map.of("before", shift.before(), "after", shift.after(), "trigger", shift.trigger(),
                "evidence", Map.of("before", cited.before(), "after", cited.after(), "trigger", cited.trigger())));
        brief.put("actors", actors.stream().map(a -> Map.of("name", a.name(), "role", a.role(), "type", a.type(),
                "evidence", cited(a.evidence()))).toList());
        brief.put("quotes", quotes.stream().map(q -> Map.of("candidate", "", "speaker", q.speaker(), "text", q.text(),
                "evidence", cited(q.evidence()))).toList());
        brief.put("nextSteps", steps.stream().map(s -> Map.of("actor", s.actor(), "action", s.action(),
                "when", s.when(), "evidence", cited(s.evidence()))).toList());
        try {
            return ScriptedServer.JSON.writeValueAsString(brief);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Integer> cited(List<Integer> evidence) {
        return evidence == null ? List.of() : evidence;
    }

    static <T> List<T> plus(List<T> list, T extra) {
        List<T> more = new ArrayList<>(list);
        more.add(extra);
        return more;
    }
}
