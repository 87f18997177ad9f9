package io.claimtrack.extract.statement;

import java.util.List;

/** Everything extracted from one text: statements, rebuttals between them, and named entities. */
public record Extraction(
        List<Attribution> statements, List<Rebuttal> rebuttals, List<Entity> entities) {

    public Extraction {
        statements = statements == null ? List.of() : List.copyOf(statements);
        rebuttals = rebuttals == null ? List.of() : List.copyOf(rebuttals);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** The result for empty or unusable input. */
    public static Extraction empty() {
        return new Extraction(List.of(), List.of(), List.of());
    }
}
