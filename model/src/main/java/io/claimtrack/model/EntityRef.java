package io.claimtrack.model;

import java.util.List;

/**
 * A person, organisation or place named in an article, under its normalised name.
 *
 * @param type PERSON, ORGANIZATION or PLACE
 * @param aliases the other names seen for it (Artsakh, Nagorno-Karabakh, Karabakh)
 */
public record EntityRef(String name, String type, List<String> aliases) {
    public EntityRef {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
