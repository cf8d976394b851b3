package dev.briefs.engine.extractive;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the places a sports story names as teams: a place followed by a score or its record ("rolled past Northern
 * Illinois, 45-17", "Rockledge (3-1)"), and the place that beat it ("Eastern Michigan rolled past Northern Illinois,
 * 45-17"). A place is no actor, but a team is an organisation.
 */
final class Teams {

    /** A score or a win-loss record right after a name: ", 45-17", " 2-0", " (6-5, 3-4)". */
    private static final Pattern SCORE = Pattern.compile(",?\\s+\\(?\\d{1,3}[-–]\\d{1,3}(?![\\d.:/–-])");
    /** The verb between the winner and the loser: " rolled past ", " beat ", " lost to ". */
    private static final Pattern RESULT = Pattern.compile("(?:\\s+\\p{Ll}+){1,3}\\s+");

    private Teams() {
    }

    /** The keys of the places the spans name as teams. */
    static Set<String> named(String body, List<NameSpan> spans) {
        Set<String> teams = new HashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            NameSpan span = spans.get(i);
            String place = place(body, span);
            if (place == null || !SCORE.matcher(body).region(span.end(), body.length()).lookingAt()) {
                continue;
            }
            teams.add(NameMatcher.key(place));
            NameSpan before = i > 0 ? spans.get(i - 1) : null;
            String winner = before == null || before.paragraph() != span.paragraph() ? null : place(body, before);
            if (winner != null && before.end() < span.start()
                    && RESULT.matcher(body).region(before.end(), span.start()).matches()) {
                teams.add(NameMatcher.key(winner));
            }
        }
        return teams;
    }

    /** The place a span names, without a leading "The", or null when it names none. */
    static String place(String body, NameSpan span) {
        int from = span.token(span.from()).text().equals("The") && span.to() - span.from() > 1 ? span.from() + 1 : span.from();
        String core = NameTyping.coreText(body, span.tokens(), from, span.to());
        boolean place = Lexicon.isPlace(core) || span.to() - from >= 2 && Lexicon.isPlacePrefix(span.token(from).text());
        return place ? core : null;
    }
}
