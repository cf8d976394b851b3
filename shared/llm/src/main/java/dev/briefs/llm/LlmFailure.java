package dev.briefs.llm;

/** The model could not produce a brief; the message is the fallback reason a reader of the brief sees. */
class LlmFailure extends RuntimeException {

    LlmFailure(String reason, Throwable cause) {
        super(reason, cause);
    }

    LlmFailure(String reason) {
        super(reason);
    }
}
