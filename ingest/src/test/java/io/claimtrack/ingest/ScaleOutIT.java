package io.claimtrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.devstack.TestStack;
import io.claimtrack.ingest.source.SourceConfig;
import io.claimtrack.model.Article;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two ingest instances share twelve hosts through {@code fetch-tasks.v1}: a second instance takes a
 * share mid-run, a crashed instance's hosts are taken over, no URL is lost or fetched twice, and no
 * host ever sees two requests closer than its politeness delay.
 */
class ScaleOutIT {
    private static final int HOSTS = 12;
    private static final int FIRST = 6;
    private static final int MORE = 2;
    private static final Duration DELAY = Duration.ofMillis(300);

    private final List<FixtureHost> hosts = new ArrayList<>();
    private final List<List<String>> listed = new ArrayList<>();
    private final List<IngestService> services = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        services.forEach(IngestService::close);
        hosts.forEach(FixtureHost::close);
    }

    private void publish(int host, int from, int to) {
        FixtureHost h = hosts.get(host);
        for (int i = from; i < to; i++) {
            String path = "/news/story-" + i + ".html";
            h.html(
                    path,
                    Fixtures.article(
                            "Outlet " + host,
                            "Story " + i + " of outlet " + host,
                            "Commissioner Edda Rask",
                            "item " + i + " of outlet " + host));
            listed.get(host).add(h.url(path));
        }
    }

    @Test
    void twoInstancesShareHostsTakeOverAndStayPolite() {
        List<SourceConfig> sources = new ArrayList<>();
        for (int i = 0; i < HOSTS; i++) {
            FixtureHost h = new FixtureHost();
            hosts.add(h);
            List<String> links = new CopyOnWriteArrayList<>();
            listed.add(links);
            h.route(
                    "/rss.xml",
                    ex ->
                            FixtureHost.send(
                                    ex,
                                    200,
                                    "application/rss+xml",
                                    Fixtures.rss("feed", links).getBytes(StandardCharsets.UTF_8)));
            publish(i, 0, FIRST);
            sources.add(
                    SourceConfig.feed("outlet-" + i, URI.create(h.url("/rss.xml")), true)
                            .withPollInterval(Duration.ofSeconds(1)));
        }
        List<String> hostKeys = hosts.stream().map(FixtureHost::hostKey).toList();
        String prefix = TestStack.uniqueName("scale") + ".";
        KafkaSettings kafka =
                new KafkaSettings(
                        TestStack.get().kafkaBootstrap(),
                        Map.of("session.timeout.ms", "6000", "heartbeat.interval.ms", "1000"),
                        prefix);
        IngestConfig config =
                IngestConfig.defaults()
                        .withPoliteness(DELAY)
                        .withGroup(TestStack.uniqueName("ingest-group"), 6);

        IngestService a = IngestService.start(kafka, config, sources);
        services.add(a);
        await().atMost(Duration.ofSeconds(60)).until(() -> a.ownedOf(hostKeys).size() == HOSTS);
        await().atMost(Duration.ofSeconds(60)).until(() -> produced(kafka).size() >= 3);

        // A second instance joins mid-run and takes a share within one rebalance.
        IngestService b = IngestService.start(kafka, config, sources);
        services.add(b);
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                !b.ownedOf(hostKeys).isEmpty()
                                        && a.ownedOf(hostKeys).size() + b.ownedOf(hostKeys).size()
                                                == HOSTS);
        assertThat(a.ownedOf(hostKeys))
                .isNotEmpty()
                .doesNotContainAnyElementsOf(b.ownedOf(hostKeys));
        await().atMost(Duration.ofSeconds(120))
                .until(() -> produced(kafka).size() == HOSTS * FIRST);

        // A dies without committing or leaving; B takes over its hosts and new stories appear.
        List<String> aHosts = a.ownedOf(hostKeys);
        a.crashForTest();
        services.remove(a);
        for (int i = 0; i < HOSTS; i++) {
            publish(i, FIRST, FIRST + MORE);
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> b.ownedOf(hostKeys).size() == HOSTS);
        await().atMost(Duration.ofSeconds(120))
                .until(() -> produced(kafka).size() == HOSTS * (FIRST + MORE));
        assertThat(b.ownedOf(hostKeys)).containsAll(aHosts);

        List<ConsumerRecord<String, Article>> records =
                ArticleReader.readAll(kafka, Duration.ofSeconds(3));
        Set<String> expected = listed.stream().flatMap(List::stream).collect(Collectors.toSet());
        assertThat(records).as("no article produced twice").hasSize(expected.size());
        assertThat(records.stream().map(r -> r.value().url()).collect(Collectors.toSet()))
                .isEqualTo(expected);
        for (FixtureHost h : hosts) {
            for (int i = 0; i < FIRST + MORE; i++) {
                assertThat(h.hits("/news/story-" + i + ".html"))
                        .as("fetches of %s story %d", h.hostKey(), i)
                        .isEqualTo(1);
            }
            assertPolite(h);
        }
    }

    private static Set<String> produced(KafkaSettings kafka) {
        return ArticleReader.readAll(kafka, Duration.ofMillis(500)).stream()
                .map(r -> r.value().url())
                .collect(Collectors.toSet());
    }

    private static void assertPolite(FixtureHost h) {
        List<FixtureHost.Hit> hits = h.hits();
        for (int i = 1; i < hits.size(); i++) {
            long gapMillis = (hits.get(i).atNanos() - hits.get(i - 1).atNanos()) / 1_000_000;
            assertThat(gapMillis)
                    .as("gap before %s on %s", hits.get(i).path(), h.hostKey())
                    .isGreaterThanOrEqualTo(DELAY.toMillis());
        }
    }
}
