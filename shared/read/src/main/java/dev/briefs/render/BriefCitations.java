package dev.briefs.render;

import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every sentence a brief cites, for marking them on the article's page. */
final class BriefCitations {

    private BriefCitations() {
    }

    static Set<Integer> of(Brief brief) {
        Set<Integer> ids = new TreeSet<>();
        HeadlineShift.ShiftEvidence shift = brief.headlineShift() == null ? null : brief.headlineShift().evidence();
        if (shift != null) {
            ids.addAll(shift.before());
            ids.addAll(shift.after());
            ids.addAll(shift.trigger());
        }
        brief.actors().stream().map(Actor::evidence).forEach(evidence -> add(ids, evidence));
        brief.quotes().stream().map(Quote::evidence).forEach(evidence -> add(ids, evidence));
        brief.nextSteps().stream().map(NextStep::evidence).forEach(evidence -> add(ids, evidence));
        return ids;
    }

    private static void add(Set<Integer> ids, List<Integer> evidence) {
        if (evidence != null) {
            ids.addAll(evidence);
        }
    }
}
