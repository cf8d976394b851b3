package dev.briefs.llm;

/**
 * Estimates how many tokens a text costs without the provider's tokenizer, erring on the high side so that a limit
 * based on it holds.
 *
 * <p>Latin-script text (with digits, punctuation and whitespace) runs at about four characters a token in the BPE
 * tokenizers of OpenAI, Anthropic and the common open models; Greek, Cyrillic, Hebrew, Arabic and the Indic scripts
 * at about two; Chinese, Japanese and Korean at about one. Each character is charged by its script and the sum
 * rounded up: English prose comes out at about 1.3 tokens a word, as measured tokenizers give.
 */
public final class TokenEstimate {

    private TokenEstimate() {
    }

    /** The estimated token count of {@code text}. */
    public static int of(String text) {
        double tokens = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            tokens += codePoint <= 0x024F ? 0.25 : codePoint <= 0x1FFF ? 0.5 : 1.0;
            i += Character.charCount(codePoint);
        }
        return (int) Math.ceil(tokens);
    }
}
