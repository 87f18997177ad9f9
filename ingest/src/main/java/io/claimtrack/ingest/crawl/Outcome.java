package io.claimtrack.ingest.crawl;

import io.claimtrack.ingest.crawl.HostPoliteness.Effect;
import java.time.Duration;

/** What processing one task led to, and how the host's politeness clock is affected. */
public sealed interface Outcome {

    /** Null when no request was made (e.g. a duplicate skipped before fetching). */
    Effect effect();

    /** Retry-After sent by the server, or null. */
    default Duration retryAfter() {
        return null;
    }

    /** The task is finished. */
    record Done(Effect effect, Status status, String detail) implements Outcome {}

    /** The host was contacted for something else first (robots.txt); run the task again. */
    record Again(Effect effect, FetchTask task) implements Outcome {}

    /** Continue with another task (a redirect hop or a retry), keeping the same completion. */
    record Follow(Effect effect, FetchTask task, Duration retryAfter) implements Outcome {}

    /** Final status of a task, for metrics and the run summary. */
    enum Status {
        PRODUCED,
        DUPLICATE,
        LISTED,
        NOT_MODIFIED,
        NOT_HTML,
        EXTRACTION_FAILED,
        ROBOTS_DISALLOWED,
        FAILED
    }

    static Done done(Effect effect, Status status, String detail) {
        return new Done(effect, status, detail);
    }
}
