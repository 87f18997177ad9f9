package io.claimtrack.app;

import io.claimtrack.feed.FeedServer;
import io.claimtrack.indexer.IndexerService;
import io.claimtrack.ingest.IngestService;
import io.claimtrack.streams.StreamsService;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Runs one service against an external cluster until the process is told to stop; operators scale
 * by starting more of them.
 */
abstract class ServiceCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceCommand.class);

    @Mixin ConfigOption config;

    abstract AutoCloseable start(ClaimtrackConfig cfg) throws Exception;

    @Override
    public Integer call() throws Exception {
        ClaimtrackConfig cfg = config.load();
        AutoCloseable service = start(cfg);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    try {
                                        service.close();
                                    } catch (Exception e) {
                                        LOG.warn("error while stopping", e);
                                    } finally {
                                        stopped.countDown();
                                    }
                                },
                                "claimtrack-shutdown"));
        stopped.await();
        return 0;
    }

    @Command(
            name = "ingest",
            mixinStandardHelpOptions = true,
            description = "Poll the configured sources and publish articles to articles.v1.")
    static final class Ingest extends ServiceCommand {
        @Override
        AutoCloseable start(ClaimtrackConfig cfg) {
            var sources = IngestService.loadSources(cfg.ingest());
            return IngestService.start(cfg.kafka(), cfg.ingest(), sources);
        }
    }

    @Command(
            name = "streams",
            mixinStandardHelpOptions = true,
            description =
                    "Run the claim topology: statements, claims, speakers, links and stories.")
    static final class Streams extends ServiceCommand {
        @Override
        AutoCloseable start(ClaimtrackConfig cfg) {
            return StreamsService.start(cfg.kafka(), cfg.streams());
        }
    }

    @Command(
            name = "indexer",
            mixinStandardHelpOptions = true,
            description = "Index the topics into Elasticsearch.")
    static final class Indexer extends ServiceCommand {
        @Override
        AutoCloseable start(ClaimtrackConfig cfg) {
            return IndexerService.start(cfg.kafka(), cfg.elasticsearch(), cfg.indexer());
        }
    }

    @Command(
            name = "feed",
            mixinStandardHelpOptions = true,
            description = "Serve the live claim feed page for monitors.")
    static final class Feed extends ServiceCommand {
        @Override
        AutoCloseable start(ClaimtrackConfig cfg) {
            FeedServer server = FeedServer.start(cfg.kafka(), cfg.feed());
            System.out.println("feed: " + server.url());
            return server;
        }
    }
}
