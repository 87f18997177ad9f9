package io.claimtrack.extract.statement;

import java.util.List;

/** A named person, organisation or place with the aliases it appears under. */
public record Entity(String name, String type, List<String> aliases) {

    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
