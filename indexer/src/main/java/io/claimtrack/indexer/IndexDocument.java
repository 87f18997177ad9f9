package io.claimtrack.indexer;

import java.util.Objects;

/**
 * One document ready for Elasticsearch: a deterministic id, the JSON source, and an optional
 * external version so an older state of the same record can never overwrite a newer one.
 *
 * @param version monotonic version for {@code version_type=external_gte}, or null when the record
 *     has none (then a replay simply rewrites identical content)
 */
public record IndexDocument(IndexKind kind, String id, Long version, byte[] source) {
    /** Elasticsearch rejects longer ids (512 bytes); we stay well below. */
    public static final int MAX_ID_LENGTH = 256;

    public IndexDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(
                    "document id must have 1.."
                            + MAX_ID_LENGTH
                            + " characters, got "
                            + id.length());
        }
        if (version != null && version < 0) {
            throw new IllegalArgumentException("document version must be >= 0, got " + version);
        }
    }
}
