package io.claimtrack.indexer;

/**
 * What Elasticsearch's answer for one bulk item means for the record behind it. Only {@link Retry}
 * keeps the record's offset from being committed.
 */
public sealed interface ItemOutcome {

    /** Written (created, updated or deleted). */
    record Indexed(int status) implements ItemOutcome {}

    /**
     * Nothing to do: a newer version is already there (409), or a deleted document was absent
     * (404). Both are the idempotent outcome of a replay.
     */
    record Unchanged(int status) implements ItemOutcome {}

    /** Elasticsearch will never accept this document (400): dead-letter it with the reason. */
    record Rejected(int status, String reason) implements ItemOutcome {}

    /** A transient failure (429, 5xx, blocks, timeouts): send it again later. */
    record Retry(int status, String reason) implements ItemOutcome {}

    /** Classifies one bulk item by its HTTP status and error text. */
    static ItemOutcome of(int status, boolean delete, String errorType, String errorReason) {
        String reason = errorType == null ? errorReason : errorType + ": " + errorReason;
        if (status >= 200 && status < 300) {
            return new Indexed(status);
        }
        if (status == 409 || (delete && status == 404)) {
            return new Unchanged(status);
        }
        if (status == 400) {
            return new Rejected(status, reason);
        }
        return new Retry(status, reason);
    }
}
