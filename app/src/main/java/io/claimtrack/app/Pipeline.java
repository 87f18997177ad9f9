package io.claimtrack.app;

import io.claimtrack.feed.FeedServer;
import io.claimtrack.indexer.IndexerService;
import io.claimtrack.ingest.IngestService;
import io.claimtrack.ingest.source.SourceConfig;
import io.claimtrack.model.kafka.TopicAdmin;
import io.claimtrack.model.kafka.Topics;
import io.claimtrack.streams.StreamsService;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one process (ingest, streams, indexer, feed), as the demo and the
 * end-to-end tests run it. Production runs each service as its own process instead.
 */
final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final List<AutoCloseable> started = new ArrayList<>();
    private IngestService ingest;
    private FeedServer feed;

    private Pipeline() {}

    /**
     * Creates the topics, then starts streams, indexer and feed, then the ingesters: polling
     * continuously, or opened for one-shot runs ({@link IngestService#runOnce()}).
     */
    static Pipeline start(
            ClaimtrackConfig cfg,
            List<SourceConfig> sources,
            boolean withFeed,
            boolean continuous) {
        Pipeline p = new Pipeline();
        try {
            TopicAdmin.ensure(cfg.kafka(), Topics.all(), TopicAdmin.Layout.dev());
            p.started.add(StreamsService.start(cfg.kafka(), cfg.streams()));
            p.started.add(IndexerService.start(cfg.kafka(), cfg.elasticsearch(), cfg.indexer()));
            if (withFeed) {
                p.feed = FeedServer.start(cfg.kafka(), cfg.feed());
                p.started.add(p.feed);
            }
            p.ingest =
                    continuous
                            ? IngestService.start(cfg.kafka(), cfg.ingest(), sources)
                            : IngestService.open(cfg.kafka(), cfg.ingest(), sources);
            p.started.add(p.ingest);
            return p;
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    IngestService ingest() {
        return ingest;
    }

    /** The live feed page, or null when started without it. */
    String feedUrl() {
        return feed == null ? null : feed.url().toString();
    }

    @Override
    public void close() {
        // Stop in reverse: ingesters first, so nothing new enters while the rest drains.
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warn("error while stopping {}", started.get(i).getClass().getSimpleName(), e);
            }
        }
        started.clear();
    }
}
