package dev.briefs.llm;

import java.time.Duration;

/** Waits between retries; a seam so tests can see the waits without spending them. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration);

    void sleep(Duration duration) throws InterruptedException;
}
