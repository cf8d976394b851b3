package dev.briefs.local.cli;

import dev.briefs.local.LocalStack;
import dev.briefs.local.template.ProjectTemplate;
import dev.briefs.store.BriefIds;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What the README tells a newcomer to run works on a fresh stack. */
class ReadmeTest {

    private static final Pattern ID = Pattern.compile("b_[0-9a-f]{24}");

    @Test
    void theBriefIdsInTheCurlExamplesAreTheBundledSamplesWhichUpBriefsOnAFreshStack() throws Exception {
        String sampleId = BriefIds.of(LocalStack.BUCKET, Path.of(UpCommand.SAMPLE)
                .getFileName().toString());
        List<String> ids = Files.readAllLines(ProjectTemplate.ROOT.resolve("README.md")).stream()
                .filter(line -> line.startsWith("curl "))
                .flatMap(line -> ID.matcher(line).results().map(MatchResult::group))
                .toList();

        assertFalse(ids.isEmpty(), "the README shows no curl example with an id");
        ids.forEach(id -> assertEquals(sampleId, id, "curl examples must name a brief a fresh stack has"));
    }
}
