package io.claimtrack.streams;

import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.SpeakerProfile;
import io.claimtrack.model.Statement;
import io.claimtrack.model.Story;

/** What a processor of the topology emits; the topology routes each kind to its topic. */
sealed interface Emission {
    record ToStatement(Statement statement) implements Emission {}

    /** A serialised {@link io.claimtrack.linking.LinkEvent} for the linker. */
    record ToLinker(byte[] event) implements Emission {}

    /** The original key and value bytes of a record that failed; the reason is in the headers. */
    record ToDeadLetter(byte[] key, byte[] value) implements Emission {}

    record ToClaim(Claim claim) implements Emission {}

    record ToSpeaker(SpeakerProfile speaker) implements Emission {}

    record ToStory(Story story) implements Emission {}

    record ToLink(ClaimLink link) implements Emission {}
}
