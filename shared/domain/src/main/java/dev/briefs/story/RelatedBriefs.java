package dev.briefs.story;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the earlier briefs of a brief's story among the actor index entries that share its actors: those with at
 * least {@value #SHARED_ACTORS} actors in common, or one actor and a similar subject (the words of the title and the
 * "after" line overlap by at least {@value #SIMILAR_SUBJECT}, Jaccard). Deterministic: the same entries always give
 * the same list, by score, then newest first, then id.
 */
public final class RelatedBriefs {

    /** How far back a story is followed by default. */
    public static final Duration WINDOW = Duration.ofDays(30);
    /** How many of the brief's actors are looked up: its main actors carry the story. */
    public static final int ACTORS_LOOKED_UP = 6;
    /** About how many entries are read per actor (spread over its shards): the newest, the closest in time. */
    public static final int ENTRIES_PER_ACTOR = 48;
    public static final int MAX_RELATED = 10;
    static final int SHARED_ACTORS = 2;
    static final double SIMILAR_SUBJECT = 0.2;

    /** Words too common to say anything about a subject (words of three letters or fewer are ignored anyway). */
    private static final Set<String> COMMON = Set.of("after", "again", "also", "amid", "back", "been", "before",
            "could", "from", "have", "into", "more", "over", "said", "says", "than", "that", "their", "them", "then",
            "there", "these", "they", "this", "were", "what", "when", "will", "with", "would", "your", "about");

    private RelatedBriefs() {
    }

    /**
     * @param own        the brief's own index entries (its actors)
     * @param candidates entries of other briefs under the same keys, created before the brief and within the window
     */
    public static List<RelatedBrief> rank(List<ActorEntry> own, List<ActorEntry> candidates) {
        if (own.isEmpty()) {
            return List.of();
        }
        ActorEntry self = own.getFirst();
        Map<String, String> nameByKey = new LinkedHashMap<>();
        own.forEach(entry -> nameByKey.putIfAbsent(entry.key(), entry.name()));
        Set<String> subject = subjectWords(self);
        Map<String, List<ActorEntry>> byBrief = new LinkedHashMap<>();
        for (ActorEntry candidate : candidates) {
            if (!candidate.briefId().equals(self.briefId()) && nameByKey.containsKey(candidate.key())
                    && candidate.createdAt().isBefore(self.createdAt())) {
                byBrief.computeIfAbsent(candidate.briefId(), id -> new ArrayList<>()).add(candidate);
            }
        }
        List<RelatedBrief> related = new ArrayList<>();
        byBrief.forEach((id, entries) -> {
            // Aliases of one actor (IMF, International Monetary Fund) count once: by the name this brief gives it.
            Set<String> shared = new LinkedHashSet<>();
            nameByKey.forEach((key, name) -> {
                if (entries.stream().anyMatch(entry -> entry.key().equals(key))) {
                    shared.add(name);
                }
            });
            double overlap = jaccard(subject, subjectWords(entries.getFirst()));
            if (shared.size() >= SHARED_ACTORS || shared.size() == 1 && overlap >= SIMILAR_SUBJECT) {
                ActorEntry first = entries.getFirst();
                double score = BigDecimal.valueOf(shared.size() + overlap).setScale(3, RoundingMode.HALF_UP)
                        .doubleValue();
                related.add(new RelatedBrief(id, first.title(), first.createdAt(), List.copyOf(shared), score));
            }
        });
        related.sort(Comparator.comparingDouble(RelatedBrief::score).reversed()
                .thenComparing(RelatedBrief::createdAt, Comparator.reverseOrder())
                .thenComparing(RelatedBrief::id));
        return List.copyOf(related.subList(0, Math.min(MAX_RELATED, related.size())));
    }

    /** The distinct content words of the title and the "after" line, keyed like names (case and accents folded). */
    static Set<String> subjectWords(ActorEntry entry) {
        Set<String> words = new HashSet<>();
        for (String word : ActorNames.key(entry.title() + " " + entry.after()).split(" ")) {
            if (word.length() > 3 && !COMMON.contains(word.toLowerCase(Locale.ROOT))) {
                words.add(word);
            }
        }
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }
}
