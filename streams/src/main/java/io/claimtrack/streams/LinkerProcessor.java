package io.claimtrack.streams;

import io.claimtrack.linking.LinkEvent;
import io.claimtrack.linking.Linker;
import io.claimtrack.linking.LinkerStores;
import io.claimtrack.linking.LinkingSettings;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.json.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs the {@link Linker} over link events. Links are emitted at once; changed claims, speakers and
 * stories are marked in a dirty store and emitted together every {@code emitInterval}, so a claim
 * repeated 10,000 times in one article is written a handful of times, not 10,000. The dirty marks
 * live in a changelogged store, so a crash between an update and its emission loses nothing.
 */
final class LinkerProcessor implements Processor<String, byte[], String, Emission> {
    static final String STAGE = "streams.link";

    private final LinkingSettings settings;
    private final Duration emitInterval;
    private ProcessorContext<String, Emission> context;
    private Linker linker;
    private LinkerStores stores;
    private KeyValueStore<String, String> dirty;

    LinkerProcessor(LinkingSettings settings, Duration emitInterval) {
        this.settings = settings;
        this.emitInterval = emitInterval;
    }

    @Override
    public void init(ProcessorContext<String, Emission> context) {
        this.context = context;
        this.stores = LinkerStoreNames.open(context);
        this.linker = new Linker(settings, stores);
        this.dirty = context.getStateStore(LinkerStoreNames.DIRTY);
        context.schedule(emitInterval, PunctuationType.WALL_CLOCK_TIME, t -> flush(t));
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Linker.Changes changes;
        try {
            LinkEvent event = Json.mapper().readValue(record.value(), LinkEvent.class);
            if (event.schema() != LinkEvent.SCHEMA) {
                throw new UnsupportedSchemaException("LinkEvent", event.schema(), LinkEvent.SCHEMA);
            }
            changes = linker.apply(event);
        } catch (IOException | RuntimeException e) {
            DeadLetterRouting.forward(context, record, STAGE, e);
            return;
        }
        changes.claims().forEach(id -> dirty.put("c:" + id, "1"));
        changes.speakers().forEach(id -> dirty.put("p:" + id, "1"));
        changes.stories().forEach(id -> dirty.put("t:" + id, "1"));
        for (ClaimLink link : changes.links()) {
            context.forward(record.withKey(link.id()).withValue(new Emission.ToLink(link)));
        }
    }

    /** Emits the latest state of everything marked dirty. */
    void flush(long timestamp) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, String> it = dirty.all()) {
            while (it.hasNext()) {
                KeyValue<String, String> kv = it.next();
                keys.add(kv.key);
            }
        }
        for (String key : keys) {
            String id = key.substring(2);
            Emission e =
                    switch (key.charAt(0)) {
                        case 'c' -> wrap(stores.claims().get(id), Emission.ToClaim::new);
                        case 'p' -> wrap(stores.speakers().get(id), Emission.ToSpeaker::new);
                        default -> wrap(stores.stories().get(id), Emission.ToStory::new);
                    };
            if (e != null) {
                context.forward(new Record<>(id, e, timestamp));
            }
            dirty.delete(key);
        }
    }

    private static <T> Emission wrap(T value, java.util.function.Function<T, Emission> f) {
        return value == null ? null : f.apply(value);
    }
}
