package dev.briefs.llm;

/** A model answer that is not a brief: not JSON, or JSON that breaks the schema. The message says what is wrong. */
final class InvalidAnswerException extends Exception {

    InvalidAnswerException(String message) {
        super(message);
    }
}
