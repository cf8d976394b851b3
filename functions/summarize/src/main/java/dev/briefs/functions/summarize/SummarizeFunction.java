package dev.briefs.functions.summarize;

import dev.briefs.article.ArticleParser;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.aws.BriefsTable;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.aws.S3ArticleSource;
import dev.briefs.engine.BriefEngine;
import dev.briefs.engine.TimedBriefEngine;
import dev.briefs.engine.extractive.ExtractiveBriefEngine;
import dev.briefs.llm.BriefEngines;
import dev.briefs.verify.VerifyingBriefEngine;
import dev.briefs.pipeline.SummarizeService;
import dev.briefs.pipeline.SummarizeSettings;

import java.time.Clock;
import java.util.Map;

/**
 * Builds the summarize service from the function's environment, once per container (at class initialisation, which
 * SnapStart snapshots): {@code BRIEFS_TABLE}, {@code BRIEFS_MAX_ARTICLE_BYTES}, {@code BRIEFS_LLM_*} and the standard
 * AWS variables.
 */
public final class SummarizeFunction {

    private SummarizeFunction() {
    }

    private static final class Holder {
        static final SummarizeService SERVICE = create(System.getenv());
    }

    static SummarizeService service() {
        return Holder.SERVICE;
    }

    /** A service wired from {@code env}; fails with a message naming the variable when the configuration is wrong. */
    public static SummarizeService create(Map<String, String> env) {
        String table = BriefsTable.nameFrom(env);
        AwsSettings aws = AwsSettings.fromEnvironment(env);
        return new SummarizeService(
                new S3ArticleSource(AwsClients.s3(aws)),
                new DynamoBriefRepository(AwsClients.dynamoDb(aws), table),
                new ArticleParser(),
                engine(env),
                SummarizeSettings.fromEnvironment(env),
                Clock.systemUTC());
    }

    /**
     * The brief engine {@code BRIEFS_LLM_PROVIDER} selects, with the extractive engine as default and fallback. The
     * extractive engine's answers are verified like the LLM's (which verify themselves), so every brief is.
     */
    public static BriefEngine engine(Map<String, String> env) {
        BriefEngine extractive = new VerifyingBriefEngine(new ExtractiveBriefEngine());
        return new TimedBriefEngine(BriefEngines.fromEnvironment(env, extractive));
    }
}
