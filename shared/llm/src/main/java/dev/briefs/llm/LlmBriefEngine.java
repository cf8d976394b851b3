package dev.briefs.llm;

import dev.briefs.article.Article;
import dev.briefs.article.NumberedSentences;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.Verification;
import dev.briefs.engine.BriefEngine;
import dev.briefs.engine.EngineBusyException;
import dev.briefs.verify.BriefVerifier;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Briefs an article with a provider's model, checks the brief against the article, and falls back to another engine
 * (the extractive one) whenever the model cannot deliver, so that no article goes without a brief.
 *
 * <p>The article goes to the model as numbered sentences ({@link NumberedSentences}), with the quotations the fallback
 * engine found offered as candidates ({@link QuoteCandidates}); every item of the answer cites its sentences. For each
 * part of the article ({@link ArticleChunker}; one part unless the article is long) the model is asked for a brief in
 * {@link BriefSchema}. An answer that is not JSON or breaks the schema gets one repair call that feeds the fault back;
 * so does an answer citing sentence ids the article does not have, and if the repair does not help, those ids are
 * just no evidence (the verifier re-anchors or drops their items). The parts' drafts are merged ({@link BriefMerger})
 * and verified ({@link BriefVerifier}). The brief falls back when a call fails for good (see {@link RetryPolicy}),
 * when a schema repair fails too, or when verification leaves no actor, quote or next step. When 429s or 5xxs outlast
 * the retries it throws {@link EngineBusyException} instead, so that the event can wait for the model on the queue;
 * the exception carries the fallback brief for a caller that can wait no longer. Either way {@code engine} records
 * provider, model, tokens, latency and calls; a
 * fallback brief says why in {@code engine.fallbackReason}. Thread-safe.
 */
public final class LlmBriefEngine implements BriefEngine {

    private final ChatBackend backend;
    private final BriefEngine fallback;
    private final RetryingChat chat;
    private final ArticleChunker chunker;
    private final BriefAnswerReader reader = new BriefAnswerReader();
    private final BriefVerifier verifier = new BriefVerifier();

    private LlmBriefEngine(Builder builder) {
        this.backend = Objects.requireNonNull(builder.backend, "backend");
        this.fallback = Objects.requireNonNull(builder.fallback, "fallback");
        this.chat = new RetryingChat(backend, builder.retryPolicy, builder.sleeper, builder.timeout);
        this.chunker = new ArticleChunker(builder.maxInputTokens, BriefPrompt.overheadTokens());
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public BriefContent brief(Article article) {
        long started = System.nanoTime();
        CallLedger ledger = new CallLedger();
        // The fallback's brief is made first: its quotations are the model's candidates, and it stands in if the model fails.
        BriefContent extracted = fallback.brief(article);
        Prompted prompted = new Prompted(article, NumberedSentences.of(article), QuoteCandidates.of(extracted.quotes()));
        String fallbackReason;
        try {
            BriefContent verified = verifier.verify(article, draft(prompted, ledger)
                    .withEngine(EngineInfo.of(backend.provider(), backend.model())));
            if (!isEmpty(verified)) {
                return verified.withEngine(new EngineInfo(backend.provider(), backend.model(), null,
                        elapsedMillis(started), ledger.inputTokens(), ledger.outputTokens(), ledger.attempts(),
                        verified.engine().verification()));
            }
            fallbackReason = "verification left nothing of the model's brief: " + summary(verified.engine().verification());
        } catch (ModelBusyFailure busy) {
            // Not the article's fault nor the model's for good: the caller decides whether to wait or fall back.
            throw new EngineBusyException(busy.getMessage(), busy.retryAfter(), whyNoMoreWaiting -> fallbackBrief(
                    extracted, started, ledger, "busy, " + busy.getMessage() + "; stopped waiting: " + whyNoMoreWaiting),
                    busy);
        } catch (LlmFailure failure) {
            fallbackReason = failure.getMessage();
        } catch (RuntimeException unexpected) {
            // A bug or a provider library surprise must cost the model's brief, not the article's.
            fallbackReason = "unexpected " + unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage();
        }
        return fallbackBrief(extracted, started, ledger, fallbackReason);
    }

    /** The fallback engine's brief, with the model's calls so far and {@code reason} in {@code engine}. */
    private BriefContent fallbackBrief(BriefContent extracted, long started, CallLedger ledger, String reason) {
        EngineInfo own = extracted.engine();
        return extracted.withEngine(new EngineInfo(own.provider(), own.model(),
                backend.provider() + " " + backend.model() + " failed: " + reason, elapsedMillis(started),
                ledger.inputTokens(), ledger.outputTokens(), ledger.attempts(), own.verification()));
    }

    /**
     * What the model is shown of one article.
     *
     * @param article    the article
     * @param sentences  its numbered sentences
     * @param candidates the quotations offered to the model
     */
    private record Prompted(Article article, NumberedSentences sentences, QuoteCandidates candidates) {
    }

    /** The merged, unverified brief of every part of the article. */
    private BriefContent draft(Prompted prompted, CallLedger ledger) {
        List<ArticleChunk> chunks = chunker.split(prompted.sentences());
        List<BriefContent> drafts = new ArrayList<>(chunks.size());
        for (ArticleChunk chunk : chunks) {
            try {
                drafts.add(draftOf(prompted, chunk, ledger));
            } catch (ModelBusyFailure busy) {
                throw busy;
            } catch (LlmFailure failure) {
                throw chunk.isWhole() ? failure
                        : new LlmFailure("part " + chunk.number() + " of " + chunk.of() + ": " + failure.getMessage(),
                        failure);
            }
        }
        return BriefMerger.merge(drafts);
    }

    /**
     * One part's brief: one answer, and one repair when the answer is not a brief or cites sentences the article does
     * not have. After the one repair, ids out of range are left to the verifier, as unsupported evidence.
     */
    private BriefContent draftOf(Prompted prompted, ArticleChunk chunk, CallLedger ledger) {
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(BriefPrompt.SYSTEM),
                UserMessage.from(BriefPrompt.userMessage(prompted.article(), chunk,
                        prompted.candidates().within(chunk.sentenceIds())))));
        int sentenceCount = prompted.sentences().count();
        ChatResponse first = chat.chat(messages, ledger);
        BriefAnswerReader.Draft draft;
        try {
            draft = reader.read(first.aiMessage(), prompted.candidates(), sentenceCount);
        } catch (InvalidAnswerException fault) {
            messages.add(first.aiMessage());
            messages.addAll(repairRequest(first.aiMessage(), BriefPrompt.repairRequest(fault.getMessage())));
            ChatResponse repaired = chat.chat(messages, ledger);
            try {
                return reader.read(repaired.aiMessage(), prompted.candidates(), sentenceCount).brief();
            } catch (InvalidAnswerException again) {
                throw new LlmFailure("the answer was not a valid brief, even after a repair request: "
                        + again.getMessage());
            }
        }
        if (draft.outOfRange().isEmpty()) {
            return draft.brief();
        }
        messages.add(first.aiMessage());
        messages.addAll(repairRequest(first.aiMessage(),
                BriefPrompt.citationRepairRequest(draft.outOfRange(), sentenceCount)));
        try {
            return reader.read(chat.chat(messages, ledger).aiMessage(), prompted.candidates(), sentenceCount).brief();
        } catch (InvalidAnswerException | LlmFailure failure) {
            // Bad citations never cost the brief: the first answer stands, its unknown ids no evidence.
            return draft.brief();
        }
    }

    /*
     * A tool call must be answered with a tool result (Anthropic and Bedrock reject a conversation where it is not),
     * so the fault goes back as the failed result of each call; a text answer is followed by a user message.
     */
    private static List<ChatMessage> repairRequest(AiMessage answer, String request) {
        if (!answer.hasToolExecutionRequests()) {
            return List.of(UserMessage.from(request));
        }
        List<ChatMessage> results = new ArrayList<>();
        for (ToolExecutionRequest call : answer.toolExecutionRequests()) {
            results.add(ToolExecutionResultMessage.builder().id(call.id()).toolName(call.name()).text(request)
                    .isError(true).build());
        }
        return results;
    }

    private static boolean isEmpty(BriefContent brief) {
        return brief.actors().isEmpty() && brief.quotes().isEmpty() && brief.nextSteps().isEmpty();
    }

    private static String summary(Verification verification) {
        List<String> dropped = new ArrayList<>();
        addCount(dropped, verification.droppedActors(), "actor", "actors");
        addCount(dropped, verification.droppedQuotes(), "quote", "quotes");
        addCount(dropped, verification.droppedSpeakers(), "unsupported speaker", "unsupported speakers");
        addCount(dropped, verification.droppedNextSteps(), "next step", "next steps");
        return "dropped " + (dropped.isEmpty() ? "nothing" : String.join(", ", dropped))
                + ", and the model gave no other actor, quote or next step";
    }

    private static void addCount(List<String> counts, int n, String one, String many) {
        if (n > 0) {
            counts.add(n + " " + (n == 1 ? one : many));
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }

    /** Builds an {@link LlmBriefEngine}; {@link #backend} and {@link #fallback} are required. */
    public static final class Builder {

        private ChatBackend backend;
        private BriefEngine fallback;
        private int maxInputTokens = LlmConfig.DEFAULT_MAX_INPUT_TOKENS;
        private Duration timeout = LlmConfig.DEFAULT_TIMEOUT;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Sleeper sleeper = Sleeper.REAL;

        private Builder() {
        }

        /** The provider's model, configured for briefs (see the provider adapters). Required. */
        public Builder backend(ChatBackend backend) {
            this.backend = backend;
            return this;
        }

        /** The engine that briefs the article when the model cannot, usually the extractive engine. Required. */
        public Builder fallback(BriefEngine fallback) {
            this.fallback = fallback;
            return this;
        }

        /**
         * The estimated prompt size (instructions and article, see {@link TokenEstimate}) above which the article
         * is briefed in parts. Default {@value LlmConfig#DEFAULT_MAX_INPUT_TOKENS}.
         */
        public Builder maxInputTokens(int maxInputTokens) {
            this.maxInputTokens = maxInputTokens;
            return this;
        }

        /**
         * The per-call timeout the backend was configured with, named in the fallback reason when a call times out.
         * Default 60 s.
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** How 429s and 5xxs are retried. Default {@link RetryPolicy#DEFAULT}. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        /** How the engine waits between retries. Default {@link Sleeper#REAL}; tests pass one that records. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        public LlmBriefEngine build() {
            return new LlmBriefEngine(this);
        }
    }
}
