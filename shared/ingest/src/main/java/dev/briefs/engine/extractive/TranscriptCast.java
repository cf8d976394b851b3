package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cast of a transcript: the names its spoken text gives (as for any article, labels and asides left out), less
 * the journalists, plus every named speaker who is not one, from their label. On a caption page, written without
 * capitals, the names are found by the labels: each speaker's name and surname where the text says them ("the
 * county's chief engineer, walter brandt"), with the role written there.
 */
final class TranscriptCast {

    private TranscriptCast() {
    }

    /** The cast of {@code transcript}; {@code byline}, the page's author line or null, names no actors. */
    static Cast build(SegmentedArticle told, Transcript transcript, String byline) {
        CandidateReader.Reading reading = CandidateReader.read(told, byline);
        Set<String> journalistWords = new HashSet<>();
        for (int id = 0; id < transcript.speakers().size(); id++) {
            TranscriptSpeakers.Speaker speaker = transcript.speakers().get(id);
            if (speaker.journalist()) {
                journalistWords.addAll(words(speaker.name()));
            }
        }
        List<NameCandidate> candidates = new ArrayList<>();
        // Captions in capitals give every word one: there the labels alone name the speakers.
        List<NameCandidate> read = transcript.shouting() ? List.of() : reading.candidates();
        List<Transcript.Span> text = transcript.textSpans();
        for (NameCandidate candidate : read) {
            // "Dana, the vote was…", "our correspondent Felix Arbogast": the programme's own people are no actors.
            if (Transcript.contains(text, candidate.start()) && !journalistWords.containsAll(words(candidate.core()))) {
                candidates.add(candidate);
            }
        }
        for (int id = 0; id < transcript.speakers().size(); id++) {
            TranscriptSpeakers.Speaker speaker = transcript.speakers().get(id);
            if (speaker.named() && !speaker.journalist()) {
                addSpeaker(told, transcript, id, candidates);
            }
        }
        if (transcript.caseless() && !transcript.shouting()) {
            addTitled(told, transcript, journalistWords, candidates);
        }
        candidates.sort(Comparator.comparingInt(NameCandidate::start));
        return CastBuilder.build(told, candidates, reading.lowerCase());
    }

    /** The speaker at their first label, and, on a caption page, where the spoken text names them. */
    private static void addSpeaker(SegmentedArticle told, Transcript transcript, int id, List<NameCandidate> out) {
        TranscriptSpeakers.Speaker speaker = transcript.speakers().get(id);
        for (Transcript.Turn turn : transcript.turns()) {
            if (turn.speaker() == id && turn.labelEnd() > turn.labelStart()) {
                out.add(person(speaker.name(), speaker.role(), turn.labelStart(), turn.labelEnd(), true));
                break;
            }
        }
        if (!transcript.caseless()) {
            return; // the text's own capitals already gave its names
        }
        List<int[]> claimed = new ArrayList<>(TranscriptSpeakers.mentions(told, transcript.turns(), speaker.name()));
        String surname = speaker.name().substring(speaker.name().lastIndexOf(' ') + 1);
        if (!surname.equals(speaker.name())) {
            for (int[] at : TranscriptSpeakers.mentions(told, transcript.turns(), surname)) {
                if (claimed.stream().noneMatch(c -> c[0] <= at[0] && at[1] <= c[1])) {
                    claimed.add(at);
                }
            }
        }
        for (int[] at : claimed) {
            out.add(person(speaker.name(), roleAt(told, at), at[0], at[1], false));
        }
    }

    /**
     * The people a caption page names by their role and who do not speak ("board member ada bren said the board
     * rushed"): without capitals, a name is known by the role set right before it.
     */
    private static void addTitled(SegmentedArticle told, Transcript transcript, Set<String> journalistWords,
                                  List<NameCandidate> out) {
        Set<String> speakers = new HashSet<>();
        for (int id = 0; id < transcript.speakers().size(); id++) {
            speakers.add(Lexicon.lower(transcript.speakers().get(id).name()));
        }
        for (Transcript.Span span : transcript.textSpans()) {
            for (TranscriptHandOffs.Titled titled : TranscriptHandOffs.titled(told.body(), span.start(), span.end())) {
                String name = told.text(titled.start(), titled.end());
                if (!speakers.contains(Lexicon.lower(name)) && !journalistWords.containsAll(words(name))) {
                    // The verb after the name makes them the subject of their clause, acting as the story tells.
                    out.add(new NameCandidate(NameCandidate.Kind.PERSON, name, titled.role(), titled.start(),
                            titled.end(), false, false, titled.acts(), titled.acts(), false, false, false, false,
                            false));
                }
            }
        }
    }

    /**
     * The role the text writes with a name: "the county's chief engineer, walter brandt", "board chair elliot vance";
     * in lower case when the captions shout it.
     */
    private static String roleAt(SegmentedArticle told, int[] at) {
        String role = writtenRole(told, at);
        return withoutHonorifics(role.chars().anyMatch(Character::isLowerCase) ? role : Lexicon.lower(role));
    }

    /** "superintendent" of "superintendent dr. ada bren": a form of address is no part of a role. */
    private static String withoutHonorifics(String role) {
        return String.join(" ", Arrays.stream(role.split("\\s+"))
                .filter(word -> !word.isEmpty() && !Lexicon.isHonorific(word)).toList());
    }

    private static String writtenRole(SegmentedArticle told, int[] at) {
        SegmentedArticle.Sentence sentence = told.sentenceAt(at[0]);
        int from = sentence == null ? told.paragraph(told.paragraphAt(at[0])).start() : sentence.start();
        int to = sentence == null ? told.paragraph(told.paragraphAt(at[0])).end() : sentence.end();
        List<Token> tokens = Tokenizer.words(told.body(), from, to);
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).start() == at[0]) {
                String before = RoleFinder.before(told.body(), tokens, 0, i, i);
                return before.isEmpty() ? RoleFinder.after(told.body(), at[1], to) : before;
            }
        }
        return RoleFinder.after(told.body(), at[1], to);
    }

    /** A speaker's name; at their label ({@code speaks}) it acts as a verb of speech would. */
    private static NameCandidate person(String name, String role, int start, int end, boolean speaks) {
        return new NameCandidate(NameCandidate.Kind.PERSON, name, role, start, end, false, false, speaks, speaks, speaks,
                false, false, false, false);
    }

    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        for (String word : Lexicon.lower(name).split("[^\\p{L}\\p{M}'’-]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
