package dev.briefs.engine.extractive;

import dev.briefs.brief.Actor;
import dev.briefs.brief.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses and orders the actors of a brief by their part in the story: the quotations they speak, the actions they
 * are the subject of, how often they are named and whether the lede names them. A cap then keeps the central ones.
 * People and organisations named once in passing, history, and news outlets (which report rather than act) are no
 * actors.
 */
final class CastRanking {

    private static final int SPEAKING = 3;
    private static final int ACTING = 2;
    private static final int IN_LEDE = 2;

    private record Ranked(CastMember member, int score) {
    }

    private CastRanking() {
    }

    static List<Actor> actors(SegmentedArticle text, Cast cast, List<Quote> quotes) {
        int[] spoken = new int[cast.size()];
        for (Quote quote : quotes) {
            for (String name : quote.speaker().split(",\\s*|\\s+and\\s+")) {
                int id = name.isBlank() ? -1 : cast.resolveName(name, Integer.MAX_VALUE);
                if (id >= 0) {
                    spoken[id]++;
                }
            }
        }
        SegmentedArticle.Sentence lede = text.lede();
        int ledeParagraph = lede == null ? -1 : lede.paragraph();
        List<Ranked> ranked = new ArrayList<>();
        for (int id = 0; id < cast.size(); id++) {
            CastMember member = cast.member(id);
            boolean inLede = ledeParagraph >= 0 && text.paragraphAt(member.first()) == ledeParagraph;
            boolean speaks = spoken[id] > 0;
            boolean passing = member.mentions() < 2 && member.acting() == 0 && !inLede;
            boolean outlet = !member.person() && Lexicon.isOutlet(member.name());
            if (!speaks && (passing || member.past() || outlet)) {
                continue;
            }
            ranked.add(new Ranked(member, SPEAKING * spoken[id] + ACTING * member.acting() + member.mentions()
                    + (inLede ? IN_LEDE : 0)));
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.score()).thenComparingInt(r -> r.member().first()));
        return ranked.stream().limit(Cast.MAX_ACTORS).map(r -> r.member().toActor()).toList();
    }
}
