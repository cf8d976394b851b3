package dev.briefs.engine.extractive;

import dev.briefs.brief.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The quotes of a transcript: what each named speaker who is no journalist says, verbatim, their label and the stage
 * directions left out. A turn is one quote, or, when it is long, runs of its sentences of about
 * {@value #MAX_QUOTE_WORDS} words; a pleasantry that opens it ("thank you, Dana.") is left out, and so is a turn of
 * a few words ("Absolutely."). When there are more than the brief holds, each speaker's first comes before anyone's
 * second.
 */
final class TranscriptQuotes {

    private static final int MAX_QUOTE_WORDS = 60;
    private static final int MIN_QUOTE_WORDS = 4;
    /** A sentence this short that opens with a courtesy is a pleasantry: "Thanks for having me, Wolf." */
    private static final int MAX_PLEASANTRY_WORDS = 8;

    /** One quote while they are chosen: who says it, where, and how many of theirs come before it. */
    private record Candidate(int speaker, int start, int end, int rank) {
    }

    private TranscriptQuotes() {
    }

    static List<Quote> extract(Transcript transcript) {
        String body = transcript.page().body();
        Pattern courtesy = TranscriptSpeakers.courtesy(transcript.page().language());
        Map<Integer, Integer> perSpeaker = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Transcript.Turn turn : transcript.turns()) {
            if (!turn.labelled() || !transcript.speakers().get(turn.speaker()).named()
                    || transcript.speakers().get(turn.speaker()).journalist()) {
                continue;
            }
            for (Transcript.Span span : turn.spoken()) {
                for (int[] run : runs(transcript, span, courtesy)) {
                    int rank = perSpeaker.merge(turn.speaker(), 1, Integer::sum);
                    candidates.add(new Candidate(turn.speaker(), run[0], run[1], rank));
                }
            }
        }
        List<Candidate> chosen = new ArrayList<>(candidates);
        chosen.sort(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::start));
        chosen = new ArrayList<>(chosen.subList(0, Math.min(QuoteExtractor.MAX_QUOTES, chosen.size())));
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen.stream()
                .map(c -> new Quote(transcript.speakers().get(c.speaker()).name(), body.substring(c.start(), c.end())))
                .toList();
    }

    /** The quotable runs of sentences of one spoken span, after an opening pleasantry. */
    private static List<int[]> runs(Transcript transcript, Transcript.Span span, Pattern courtesy) {
        String body = transcript.page().body();
        List<int[]> sentences = new ArrayList<>(transcript.sentences(span));
        while (!sentences.isEmpty() && isPleasantry(body, sentences.getFirst(), courtesy)) {
            sentences.removeFirst();
        }
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int end = -1;
        int words = 0;
        for (int[] sentence : sentences) {
            int count = Tokenizer.words(body, sentence[0], sentence[1]).size();
            if (start >= 0 && words + count > MAX_QUOTE_WORDS) {
                runs.add(new int[] {start, end});
                start = -1;
                words = 0;
            }
            start = start < 0 ? sentence[0] : start;
            end = sentence[1];
            words += count;
        }
        if (start >= 0) {
            runs.add(new int[] {start, end});
        }
        runs.removeIf(run -> Tokenizer.words(body, run[0], run[1]).size() < MIN_QUOTE_WORDS);
        return runs;
    }

    private static boolean isPleasantry(String body, int[] sentence, Pattern courtesy) {
        return Tokenizer.words(body, sentence[0], sentence[1]).size() <= MAX_PLEASANTRY_WORDS
                && courtesy.matcher(body).region(sentence[0], sentence[1]).lookingAt();
    }
}
