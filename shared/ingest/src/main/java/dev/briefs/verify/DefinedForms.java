package dev.briefs.verify;

import dev.briefs.article.Article;
import dev.briefs.brief.Actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The short forms an article defines for the organisations of its brief: "International Monetary Fund (IMF)". */
public final class DefinedForms {

    private DefinedForms() {
    }

    /** Short form → the organisation's name, for each organisation the article writes with a short form in brackets. */
    public static Map<String, String> of(Article article, List<Actor> actors) {
        ArticleIndex text = new ArticleIndex(article);
        Map<String, String> forms = new LinkedHashMap<>();
        for (Actor actor : actors) {
            if (Actor.ORGANISATION.equals(actor.type())) {
                for (String abbreviation : text.definedAbbreviations(NormalisedText.normalise(actor.name()))) {
                    forms.putIfAbsent(abbreviation, actor.name());
                }
            }
        }
        return forms;
    }
}
