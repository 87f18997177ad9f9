package io.claimtrack.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One statement occurrence: who said what, in which article of which outlet; the value of {@code
 * statements.v1}.
 *
 * @param id deterministic: article id plus the statement's position ({@link Ids#statementId})
 * @param start offset of the statement in the article text (UTF-16 units)
 * @param rebuts ids of statements in the same article that this one dismisses, denies or rejects
 */
public record Statement(
        int schema,
        String id,
        String articleId,
        String url,
        String outlet,
        String sourceId,
        Instant published,
        String quote,
        StatementKind kind,
        String cue,
        int start,
        int end,
        SpeakerRef speaker,
        boolean official,
        List<EntityRef> entities,
        List<String> rebuts,
        String language,
        String extractorVersion) {

    public static final int SCHEMA = 1;

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(quote, "quote");
        entities = entities == null ? List.of() : List.copyOf(entities);
        rebuts = rebuts == null ? List.of() : List.copyOf(rebuts);
    }
}
