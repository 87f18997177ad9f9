package io.claimtrack.linking;

import io.claimtrack.model.Statement;
import java.time.Instant;
import java.util.Objects;

/**
 * A statement occurrence as linking sees it.
 *
 * @param context the sentence(s) around the statement in the article, where a rebuttal names whom
 *     it answers ("dismissed the ministry's claims")
 * @param seenAt when the pipeline saw the article
 */
public record StatementEvent(Statement statement, String context, Instant seenAt) {
    public StatementEvent {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(seenAt, "seenAt");
        context = context == null ? "" : context;
    }

    /** Event time: publication time when the outlet gave one, else when we saw it. */
    public Instant eventTime() {
        return statement.published() != null ? statement.published() : seenAt;
    }
}
