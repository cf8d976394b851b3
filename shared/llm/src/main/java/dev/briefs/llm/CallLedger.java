package dev.briefs.llm;

import dev.langchain4j.model.output.TokenUsage;

/** What one brief has cost so far across its model calls: calls made and the tokens the provider reported. */
final class CallLedger {

    private int attempts;
    private Integer inputTokens;
    private Integer outputTokens;

    void attempt() {
        attempts++;
    }

    /** Adds a response's usage; a provider that reports none leaves the totals as they are. */
    void add(TokenUsage usage) {
        if (usage == null) {
            return;
        }
        inputTokens = sum(inputTokens, usage.inputTokenCount());
        outputTokens = sum(outputTokens, usage.outputTokenCount());
    }

    int attempts() {
        return attempts;
    }

    /** Null until a provider has reported some. */
    Integer inputTokens() {
        return inputTokens;
    }

    /** Null until a provider has reported some. */
    Integer outputTokens() {
        return outputTokens;
    }

    private static Integer sum(Integer total, Integer more) {
        return more == null ? total : total == null ? more : total + more;
    }
}
