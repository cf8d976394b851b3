package dev.briefs.local.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The brief-gold metric, rule for rule as {@code brief-gold/score.py} computes it, so that its figures can be
 * checked against the Python scorer on the same briefs: strings normalised the same way (curly quotes straight,
 * dashes to "-", no-break spaces to spaces, whitespace collapsed, outer double quotes stripped), actors matched by
 * the last word of the gold name, quotes by containment with the 80% rule, speakers by containment, next steps and
 * triggers by keyword, clutter by forbidden names and strings.
 */
final class GoldScorer {

    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /** The counts of score.py's dictionary {@code m}, summed over cases. */
    static final class Tally {
        int cases;
        int ready;
        int actorsRequired;
        int actorsFound;
        int forbidden;
        int forbiddenFound;
        int quotesRequired;
        int quotesFound;
        int speakersRequired;
        int speakersRight;
        int quotesOut;
        int quotesVerbatim;
        int nextStepCases;
        int nextStepHits;
        int triggerCases;
        int triggerHits;
        int shiftComplete;
        int clutterText;
        int badSpeakers;
        int perfect;
        int actorsOut;

        void add(Tally other) {
            cases += other.cases;
            ready += other.ready;
            actorsRequired += other.actorsRequired;
            actorsFound += other.actorsFound;
            forbidden += other.forbidden;
            forbiddenFound += other.forbiddenFound;
            quotesRequired += other.quotesRequired;
            quotesFound += other.quotesFound;
            speakersRequired += other.speakersRequired;
            speakersRight += other.speakersRight;
            quotesOut += other.quotesOut;
            quotesVerbatim += other.quotesVerbatim;
            nextStepCases += other.nextStepCases;
            nextStepHits += other.nextStepHits;
            triggerCases += other.triggerCases;
            triggerHits += other.triggerHits;
            shiftComplete += other.shiftComplete;
            clutterText += other.clutterText;
            badSpeakers += other.badSpeakers;
            perfect += other.perfect;
            actorsOut += other.actorsOut;
        }
    }

    /**
     * One case's outcome.
     *
     * @param tally  its counts
     * @param misses what it missed, in score.py's words; empty when perfect
     */
    record Result(Tally tally, List<String> misses) {
    }

    private record OutQuote(String text, String speaker) {
    }

    private GoldScorer() {
    }

    /**
     * Scores one brief.
     *
     * @param gold      the gold annotations
     * @param brief     the brief as its JSON tree (as {@code ./briefs brief --json} prints it), or null if none was made
     * @param briefJson the same brief as JSON text, for the clutter-text check
     * @param article   the article's normalised text, see {@link #articleText}
     */
    static Result score(JsonNode gold, JsonNode brief, String briefJson, String article) {
        Tally m = new Tally();
        List<String> missed = new ArrayList<>();
        m.cases = 1;
        boolean ready = brief != null && "READY".equals(brief.path("status").asText(null));
        if (!ready) {
            missed.add("no READY brief");
        } else {
            m.ready = 1;
        }
        JsonNode b = ready ? brief : null;
        List<String> actors = new ArrayList<>();
        for (JsonNode actor : list(b, "actors")) {
            actors.add(lower(norm(actor.path("name").asText(""))));
        }
        m.actorsOut = actors.size();
        for (String name : strings(gold, "actors_required")) {
            m.actorsRequired++;
            if (matchesActor(name, actors)) {
                m.actorsFound++;
            } else {
                missed.add("actor missing: " + name);
            }
        }
        for (String name : strings(gold, "actors_forbidden")) {
            m.forbidden++;
            if (matchesActor(name, actors)) {
                m.forbiddenFound++;
                missed.add("clutter actor: " + name);
            }
        }
        List<OutQuote> quotes = new ArrayList<>();
        for (JsonNode quote : list(b, "quotes")) {
            quotes.add(new OutQuote(norm(quote.path("text").asText("")), norm(quote.path("speaker").asText(""))));
        }
        for (OutQuote quote : quotes) {
            m.quotesOut++;
            if (!quote.text().isEmpty() && article.contains(stripEnd(quote.text(), ".,"))) {
                m.quotesVerbatim++;
            }
        }
        for (String want : strings(gold, "quotes_required")) {
            m.quotesRequired++;
            String w = stripEnd(norm(want), ".");
            List<OutQuote> hit = quotes.stream().filter(q -> q.text().contains(w)
                    || q.text().length() >= 0.8 * w.length() && w.contains(stripEnd(q.text(), "."))).toList();
            if (hit.isEmpty()) {
                missed.add("quote missing: " + prefix(want, 40));
                continue;
            }
            m.quotesFound++;
            for (Map.Entry<String, JsonNode> entry : gold.path("quote_speakers").properties()) {
                if (w.startsWith(stripEnd(norm(entry.getKey()), "."))) {
                    String speaker = entry.getValue().asText();
                    m.speakersRequired++;
                    if (hit.stream().anyMatch(q -> lower(q.speaker()).contains(lower(speaker)))) {
                        m.speakersRight++;
                    } else {
                        missed.add("speaker of '" + prefix(entry.getKey(), 25) + "': "
                                + hit.stream().map(q -> pythonRepr(q.speaker())).toList() + " (want " + speaker + ")");
                    }
                }
            }
        }
        for (String bad : strings(gold, "speakers_forbidden")) {
            if (quotes.stream().anyMatch(q -> lower(q.speaker()).contains(lower(bad)))) {
                m.badSpeakers++;
                missed.add("forbidden speaker " + bad);
            }
        }
        StringBuilder steps = new StringBuilder();
        for (JsonNode step : list(b, "nextSteps")) {
            if (!steps.isEmpty()) {
                steps.append(' ');
            }
            steps.append(text(step, "actor")).append(' ').append(text(step, "action")).append(' ').append(text(step, "when"));
        }
        List<String> nextAny = strings(gold, "next_steps_any");
        if (!nextAny.isEmpty()) {
            m.nextStepCases++;
            if (nextAny.stream().anyMatch(x -> lower(steps.toString()).contains(lower(x)))) {
                m.nextStepHits++;
            } else {
                missed.add("next steps miss the gold");
            }
        }
        JsonNode shift = b == null ? null : b.get("headlineShift");
        if (!norm(text(shift, "before")).isEmpty() && !norm(text(shift, "after")).isEmpty()
                && !norm(text(shift, "trigger")).isEmpty()) {
            m.shiftComplete++;
        } else {
            missed.add("headline shift incomplete");
        }
        String trigger = lower(norm(text(shift, "trigger")) + " " + norm(text(shift, "after")));
        List<String> triggerAny = strings(gold, "trigger_any");
        if (!triggerAny.isEmpty()) {
            m.triggerCases++;
            if (triggerAny.stream().anyMatch(x -> trigger.contains(lower(x)))) {
                m.triggerHits++;
            } else {
                missed.add("trigger misses the gold");
            }
        }
        String whole = ready ? briefJson : "{}";
        for (String bad : strings(gold, "text_forbidden")) {
            if (whole.contains(bad)) {
                m.clutterText++;
                missed.add("clutter text " + pythonRepr(prefix(bad, 30)));
            }
        }
        m.perfect = missed.isEmpty() ? 1 : 0;
        return new Result(m, missed);
    }

    /** The article as score.py reads it: UTF-8 (else cp1252), tags replaced by spaces in HTML, normalised. */
    static String articleText(String key, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        if (key.endsWith(".html") || key.endsWith(".htm")) {
            text = org.jsoup.parser.Parser.unescapeEntities(TAG.matcher(text).replaceAll(" "), false);
        }
        return norm(text);
    }

    /** score.py's {@code norm}. */
    static String norm(String s) {
        String t = (s == null ? "" : s).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"')
                .replace('\u201d', '"').replace('\u2014', '-').replace('\u2013', '-').replace('\u00a0', ' ');
        t = WHITESPACE.matcher(t).replaceAll(" ").strip();
        int from = 0;
        int to = t.length();
        while (from < to && t.charAt(from) == '"') {
            from++;
        }
        while (to > from && t.charAt(to - 1) == '"') {
            to--;
        }
        return t.substring(from, to).strip();
    }

    private static boolean matchesActor(String goldName, List<String> actors) {
        String[] words = WHITESPACE.split(goldName.strip());
        String last = lower(words[words.length - 1]);
        return actors.stream().anyMatch(a -> a.contains(last));
    }

    private static String stripEnd(String s, String chars) {
        int to = s.length();
        while (to > 0 && chars.indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(0, to);
    }

    private static String prefix(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? "" : value.asText("");
    }

    private static List<JsonNode> list(JsonNode brief, String field) {
        List<JsonNode> items = new ArrayList<>();
        if (brief != null && brief.get(field) != null) {
            brief.get(field).forEach(items::add);
        }
        return items;
    }

    /** The strings of a gold file's list field; empty when the field is absent. */
    static List<String> strings(JsonNode gold, String field) {
        List<String> values = new ArrayList<>();
        gold.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }

    /** How Python's {@code repr} shows a string, as score.py's misses print them. */
    private static String pythonRepr(String s) {
        return s.contains("'") && !s.contains("\"") ? "\"" + s + "\"" : "'" + s.replace("'", "\\'") + "'";
    }
}
