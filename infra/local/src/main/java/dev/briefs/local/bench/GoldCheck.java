package dev.briefs.local.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The brief-gold validator's rules for one gold file against its article, so that an annotation the scorer could
 * never satisfy (a quote not in the text, a speaker key that starts no quote) or that contradicts itself (a forbidden
 * name matched by a required actor) is caught when the set is loaded rather than read as an engine miss. Strings are
 * compared as the scorer compares them: normalised by {@link GoldScorer#norm}, the article as
 * {@link GoldScorer#articleText} reads it.
 */
final class GoldCheck {

    /** The fields holding names and keywords that must occur in the article as written. */
    private static final List<String> VERBATIM_FIELDS = List.of("actors_required", "actors_forbidden",
            "next_steps_any", "trigger_any", "speakers_forbidden");

    private GoldCheck() {
    }

    /** What is wrong with {@code gold}, one line each, naming the case; empty when it follows every rule. */
    static List<String> problems(GoldCase gold) {
        String text = GoldScorer.articleText(gold.key(), gold.article());
        JsonNode g = gold.gold();
        List<String> problems = new ArrayList<>();
        List<String> quotes = GoldScorer.strings(g, "quotes_required").stream().map(GoldScorer::norm).toList();
        for (String quote : quotes) {
            if (!text.contains(quote)) {
                problems.add("quote not in the text: " + quote);
            }
        }
        for (Map.Entry<String, JsonNode> speaker : g.path("quote_speakers").properties()) {
            String key = GoldScorer.norm(speaker.getKey());
            if (quotes.stream().noneMatch(q -> q.startsWith(key))) {
                problems.add("speaker key starts no required quote: " + key);
            }
            if (!text.contains(GoldScorer.norm(speaker.getValue().asText()))) {
                problems.add("speaker not in the text: " + speaker.getValue().asText());
            }
        }
        for (String field : VERBATIM_FIELDS) {
            for (String value : GoldScorer.strings(g, field)) {
                if (!text.contains(GoldScorer.norm(value))) {
                    problems.add(field + " not in the text: " + value);
                }
            }
        }
        for (String required : GoldScorer.strings(g, "actors_required")) {
            for (String forbidden : GoldScorer.strings(g, "actors_forbidden")) {
                if (lower(required).contains(lastWord(forbidden)) || lower(forbidden).contains(lastWord(required))) {
                    problems.add("required " + required + " and forbidden " + forbidden + " match each other");
                }
            }
        }
        return problems.stream().map(p -> gold.set() + "/" + gold.key() + ": " + p).toList();
    }

    /** The part of a gold name the scorer matches an output actor by. */
    private static String lastWord(String name) {
        String[] words = lower(name).strip().split("\\s+");
        return words[words.length - 1];
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
