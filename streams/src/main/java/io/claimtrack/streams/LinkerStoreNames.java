package io.claimtrack.streams;

import io.claimtrack.linking.IdList;
import io.claimtrack.linking.KeyValues;
import io.claimtrack.linking.LinkerStores;
import io.claimtrack.linking.OpenDispute;
import io.claimtrack.model.Claim;
import io.claimtrack.model.SpeakerProfile;
import io.claimtrack.model.Story;
import io.claimtrack.model.kafka.JsonSerde;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The linker's state stores, named once: renaming one orphans its changelog topic ({@code
 * <application.id>-<store>-changelog}), so these names are part of the deployment contract.
 */
final class LinkerStoreNames {
    static final String CLAIMS = "claims-store";
    static final String BUCKETS = "claim-lsh-buckets-store";
    static final String STATEMENT_CLAIMS = "statement-claims-store";
    static final String SPEAKERS = "speakers-store";
    static final String SPEAKER_ALIASES = "speaker-aliases-store";
    static final String SPEAKER_CLAIMS = "speaker-claims-store";
    static final String STORIES = "stories-store";
    static final String ENTITY_STORIES = "entity-stories-store";
    static final String ENTITY_ALIASES = "entity-aliases-store";
    static final String ARTICLE_STORIES = "article-stories-store";
    static final String PENDING_REBUTTALS = "pending-rebuttals-store";
    static final String OPEN_DISPUTES = "open-disputes-store";
    static final String OPEN_DISPUTE_INDEX = "open-dispute-index-store";
    static final String DIRTY = "linker-dirty-store";

    private static final Serde<String> S = Serdes.String();
    private static final Serde<IdList> IDS = new IdListSerde();

    private LinkerStoreNames() {}

    static String[] all() {
        return builders().stream().map(StoreBuilder::name).toArray(String[]::new);
    }

    static List<StoreBuilder<KeyValueStore<String, ?>>> builders() {
        return List.of(
                store(CLAIMS, new JsonSerde<>(Claim.class)),
                store(BUCKETS, IDS),
                store(STATEMENT_CLAIMS, S),
                store(SPEAKERS, new JsonSerde<>(SpeakerProfile.class)),
                store(SPEAKER_ALIASES, S),
                store(SPEAKER_CLAIMS, IDS),
                store(STORIES, new JsonSerde<>(Story.class)),
                store(ENTITY_STORIES, IDS),
                store(ENTITY_ALIASES, S),
                store(ARTICLE_STORIES, S),
                store(PENDING_REBUTTALS, IDS),
                store(OPEN_DISPUTES, new JsonSerde<>(OpenDispute.class)),
                store(OPEN_DISPUTE_INDEX, IDS),
                store(DIRTY, S));
    }

    /**
     * The stores as the linker uses them. Claims, speakers and stories are read far more often than
     * written (every candidate, every alias check, every new claim's story), so recent ones are
     * kept deserialised in front of the store; called from the processor's {@code init}, which runs
     * after restoration and again after any rollback, so the objects never outlive the store state
     * they mirror.
     */
    static LinkerStores open(ProcessingContext context) {
        return new LinkerStores(
                KeyValues.cached(kv(context, CLAIMS), 2_048),
                kv(context, BUCKETS),
                kv(context, STATEMENT_CLAIMS),
                KeyValues.cached(kv(context, SPEAKERS), 4_096),
                kv(context, SPEAKER_ALIASES),
                kv(context, SPEAKER_CLAIMS),
                KeyValues.cached(kv(context, STORIES), 1_024),
                kv(context, ENTITY_STORIES),
                kv(context, ENTITY_ALIASES),
                kv(context, ARTICLE_STORIES),
                kv(context, PENDING_REBUTTALS),
                kv(context, OPEN_DISPUTES),
                kv(context, OPEN_DISPUTE_INDEX));
    }

    private static <V> StoreKeyValues<V> kv(ProcessingContext context, String name) {
        KeyValueStore<String, V> store = context.getStateStore(name);
        return new StoreKeyValues<>(store);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <V> StoreBuilder<KeyValueStore<String, ?>> store(String name, Serde<V> serde) {
        // The record cache absorbs repeated updates of a key (LSH buckets, a busy claim) between
        // commits, so RocksDB and the changelog see the latest value once per commit.
        StoreBuilder b =
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), S, serde)
                        .withCachingEnabled();
        return b;
    }
}
