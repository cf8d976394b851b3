package dev.briefs.article.html;

import java.time.Duration;

/** The time an extraction may still take; checked in loops whose length depends on the page. */
final class Deadline {

    private final Duration budget;
    private final long endNanos;

    private Deadline(Duration budget, long endNanos) {
        this.budget = budget;
        this.endNanos = endNanos;
    }

    static Deadline after(Duration budget) {
        return new Deadline(budget, System.nanoTime() + budget.toNanos());
    }

    /** Throws {@code MARKUP_TOO_COMPLEX} once the budget is spent. */
    void check() {
        if (System.nanoTime() - endNanos > 0) {
            throw MarkupLimits.tooComplex("Extracting the article took longer than "
                    + budget.toSeconds() + " s; the page is too complex.");
        }
    }
}
