package io.claimtrack.extract.statement;

import java.util.Objects;

/**
 * One attributed statement: the content span {@code [start, end)} of the text, the cue that
 * attributes it and its speaker (nullable when none is found).
 */
public record Attribution(
        int start,
        int end,
        String quote,
        Kind kind,
        String cue,
        boolean official,
        Speaker speaker) {

    public Attribution {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(kind, "kind");
    }
}
