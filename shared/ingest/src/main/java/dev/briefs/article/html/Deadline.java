package dev.briefs.article.html;

import java.time.Duration;

/** The time an extraction may still take; checked in loops whose length depends on the page. */
final class Deadline {

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    /** Throws {@code MARKUP_TOO_COMPLEX} once the budget is spent. */
    void check() {
        if (System.nanoTime() - endNanos > 0) {
            throw MarkupLimits.tooComplex("Extracting the article took longer than "
                    + MarkupLimits.TIME_BUDGET.toSeconds() + " s; the page is too complex.");
        }
    }
}
