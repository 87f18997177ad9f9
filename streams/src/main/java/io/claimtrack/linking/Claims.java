package io.claimtrack.linking;

import io.claimtrack.model.Claim;
import java.util.ArrayList;
import java.util.List;

/** Small copy-with helpers for {@link Claim}. */
final class Claims {
    private static final int MAX_LINKS = 100;

    private Claims() {}

    static Claim withRebuts(Claim c, String id) {
        return copy(c, c.speaker(), c.rebuttedBy(), add(c.rebuts(), id));
    }

    static Claim withRebuttedBy(Claim c, String id) {
        return copy(c, c.speaker(), add(c.rebuttedBy(), id), c.rebuts());
    }

    /** The claim showing its speaker's current canonical name. */
    static Claim withSpeakerName(Claim c, String name) {
        return copy(c, name, c.rebuttedBy(), c.rebuts());
    }

    private static List<String> add(List<String> list, String id) {
        if (list.contains(id) || list.size() >= MAX_LINKS) {
            return list;
        }
        List<String> out = new ArrayList<>(list);
        out.add(id);
        return out;
    }

    private static Claim copy(
            Claim c, String speaker, List<String> rebuttedBy, List<String> rebuts) {
        return new Claim(
                c.schema(),
                c.id(),
                c.text(),
                c.speakerId(),
                speaker,
                c.role(),
                c.official(),
                c.firstSeen(),
                c.lastSeen(),
                c.outlets(),
                c.occurrenceCount(),
                c.occurrences(),
                c.variants(),
                c.entities(),
                rebuttedBy,
                rebuts,
                c.storyId());
    }
}
