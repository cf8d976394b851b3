package dev.briefs.llm;

import dev.briefs.brief.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The quotations the deterministic finder knows (the fallback engine's quotes, verified and located), offered to the
 * model with ids ({@code q1}, {@code q2}, ...) so that it picks and attributes quotations rather than copying them:
 * a picked candidate's words are the finder's, character for character.
 */
final class QuoteCandidates {

    static final QuoteCandidates NONE = new QuoteCandidates(List.of());

    /**
     * One candidate.
     *
     * @param id       what the model answers with, {@code q<n>}
     * @param text     the quotation's words
     * @param evidence the sentences it stands in
     */
    record Candidate(String id, String text, List<Integer> evidence) {
    }

    private final List<Candidate> candidates;

    private QuoteCandidates(List<Candidate> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    static QuoteCandidates of(List<Quote> found) {
        List<Candidate> candidates = new ArrayList<>();
        for (Quote quote : found) {
            candidates.add(new Candidate("q" + (candidates.size() + 1), quote.text(),
                    quote.evidence() == null ? List.of() : quote.evidence()));
        }
        return new QuoteCandidates(candidates);
    }

    /** The candidate with this id, if the model named one that was offered. */
    Optional<Candidate> find(String id) {
        return candidates.stream().filter(candidate -> candidate.id().equals(id.strip())).findFirst();
    }

    /** The candidates standing in these sentences: the ones offered with one part of the article. */
    List<Candidate> within(Set<Integer> sentenceIds) {
        return candidates.stream().filter(candidate -> !candidate.evidence().isEmpty()
                && sentenceIds.containsAll(candidate.evidence())).toList();
    }

    /** A quote as the model gave it, with a picked candidate's words, and its evidence where the model gave none. */
    Quote resolve(String candidateId, String speaker, String text, List<Integer> evidence) {
        return find(candidateId).map(candidate -> new Quote(speaker, candidate.text(),
                evidence.isEmpty() ? candidate.evidence() : evidence)).orElse(new Quote(speaker, text, evidence));
    }
}
