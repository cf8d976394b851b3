package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The people and organisations of one article, most important first, with every place the body names them. The
 * quote and next-step extractors ask it who a name, a pronoun or a description ("the coalition") refers to.
 */
final class Cast {

    /** How many actors a brief lists; the rest still resolve speakers and subjects. */
    static final int MAX_ACTORS = 12;


    private final List<CastMember> members;
    private final List<Mention> mentions;
    private final NameMatcher matcher;
    private final Set<String> lowerCaseWords;
    private final Set<String> speakersEmployers;
    /** The discourse of the text last asked about, kept for the article (built on first use). */
    private DiscourseSubjects discourse;

    /**
     * @param lowerCaseWords    the words the article writes in lower case somewhere, which are words rather than names
     * @param speakersEmployers the keys of the one-word employers the roles of speaking people name ("Velda analyst
     *                          Ann Roe said")
     */
    Cast(List<CastMember> members, List<Mention> mentions, NameMatcher matcher, Set<String> lowerCaseWords,
         Set<String> speakersEmployers) {
        this.members = List.copyOf(members);
        this.mentions = List.copyOf(mentions);
        this.matcher = matcher;
        this.lowerCaseWords = Set.copyOf(lowerCaseWords);
        this.speakersEmployers = Set.copyOf(speakersEmployers);
    }

    /**
     * The subjects and genders the discourse of {@code text} carries, computed once per article: every implicit
     * subject of the extractors asks for the same sentences' subjects.
     */
    DiscourseSubjects discourse(SegmentedArticle text) {
        if (discourse == null || !discourse.reads(text)) {
            discourse = new DiscourseSubjects(text, this);
        }
        return discourse;
    }

    /** Whether a speaking person's role names the one-word organisation as their employer ("Velda analyst"). */
    boolean employsSpeaker(String name) {
        return speakersEmployers.contains(NameMatcher.key(name));
    }

    /** Whether the article also writes {@code word} in lower case ("Space" at a sentence start is a word). */
    boolean isCommonWord(String word) {
        return lowerCaseWords.contains(Lexicon.lower(word));
    }

    int size() {
        return members.size();
    }

    CastMember member(int id) {
        return members.get(id);
    }

    String name(int id) {
        return members.get(id).name();
    }

    /** The mentions that start in {@code [from, to)}, in order. */
    List<Mention> mentionsBetween(int from, int to) {
        List<Mention> result = new ArrayList<>();
        for (int i = firstAtOrAfter(from); i < mentions.size() && mentions.get(i).start() < to; i++) {
            result.add(mentions.get(i));
        }
        return result;
    }

    /** The last mention outside quotations before {@code offset} whose member passes {@code filter}, or null. */
    Mention lastMentionBefore(int offset, Predicate<CastMember> filter) {
        for (int i = firstAtOrAfter(offset) - 1; i >= 0; i--) {
            Mention mention = mentions.get(i);
            if (!mention.quoted() && filter.test(members.get(mention.member()))) {
                return mention;
            }
        }
        return null;
    }

    /**
     * The member a written name refers to at {@code offset} (a shared surname: the one named last), or -1; a member's
     * own name as the brief shows it ("Inner Harbour Ferry Company (IHFC)", which no text writes alone) is that member.
     */
    int resolveName(String written, int offset) {
        List<Integer> ids = matcher.candidates(written);
        if (ids.isEmpty()) {
            return members.stream().filter(member -> member.name().equals(written)).mapToInt(CastMember::id)
                    .findFirst().orElse(-1);
        }
        if (ids.size() == 1) {
            return ids.getFirst();
        }
        Mention recent = lastMentionBefore(offset, member -> ids.contains(member.id()));
        return recent == null ? ids.getFirst() : recent.member();
    }

    /**
     * The member a definite description refers to at {@code offset}: "the coalition" is the one organisation whose
     * name holds "Coalition", "the prime minister" the person whose role ends in "minister" named most recently.
     * Indefinite descriptions ("a spokesperson") introduce someone new and resolve to nothing. Returns -1 if none.
     */
    int resolveDescription(String phrase, int offset) {
        String[] words = Lexicon.lower(phrase.strip()).split("\\s+");
        if (words.length < 2 || words.length > 4 || !Lexicon.isDefinite(words[0])) {
            return -1;
        }
        String head = words[words.length - 1].replace("’s", "").replace("'s", "");
        if (members.stream().noneMatch(member -> member.keyword().equals(head))) {
            return -1;
        }
        Mention recent = lastMentionBefore(offset, member -> member.keyword().equals(head));
        if (recent != null) {
            return recent.member();
        }
        for (CastMember member : members) {
            if (member.keyword().equals(head)) {
                return member.id();
            }
        }
        return -1;
    }

    private int firstAtOrAfter(int offset) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (mentions.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
