package io.claimtrack.linking;

import io.claimtrack.model.Claim;
import io.claimtrack.model.SpeakerProfile;
import io.claimtrack.model.Story;

/** The state the linker keeps; each component is one named state store in the topology. */
public record LinkerStores(
        KeyValues<Claim> claims,
        KeyValues<IdList> buckets,
        KeyValues<String> statementClaims,
        KeyValues<SpeakerProfile> speakers,
        KeyValues<String> speakerAliases,
        KeyValues<IdList> speakerClaims,
        KeyValues<Story> stories,
        KeyValues<IdList> entityStories,
        KeyValues<String> entityAliases,
        KeyValues<String> articleStories,
        KeyValues<IdList> pendingRebuttals,
        KeyValues<OpenDispute> openDisputes,
        KeyValues<IdList> openDisputeIndex) {

    /** Map-backed stores, for tests and benchmarks of the pure logic. */
    public static LinkerStores inMemory() {
        return new LinkerStores(
                KeyValues.inMemory(),
                KeyValues.inMemory(),
                KeyValues.inMemory(),
                KeyValues.inMemory(),
                KeyValues.inMemory(),
                KeyValues.inMemory(),
                KeyValues.inMemory(),
                KeyValues.inMemory(),
                KeyValues.inMemory(),
                KeyValues.inMemory(),
                KeyValues.inMemory(),
                KeyValues.inMemory(),
                KeyValues.inMemory());
    }
}
