package io.claimtrack.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.ingest.source.SourceConfig;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceSchedulerTest {
    private final Map<String, SourceHealth> health = new HashMap<>();
    private final SourceScheduler scheduler =
            new SourceScheduler(
                    null, () -> health, Duration.ofMinutes(5), Duration.ofMinutes(30), s -> null);
    private final SourceConfig feed =
            SourceConfig.feed("f", URI.create("https://f.example/rss"), false);

    @Test
    void aHealthySourceIsPolledAtItsInterval() {
        assertThat(scheduler.nextDelay(feed)).isEqualTo(Duration.ofMinutes(5));
        assertThat(scheduler.nextDelay(feed.withPollInterval(Duration.ofSeconds(30))))
                .isEqualTo(Duration.ofSeconds(30));
        health.put("f", SourceHealth.unknown("f").succeeded(Instant.EPOCH, "ok"));
        assertThat(scheduler.nextDelay(feed)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aFailingSourceIsRetriedWithExponentialBackoffUpToTheCap() {
        SourceHealth h = SourceHealth.unknown("f");
        h = h.failed(Instant.EPOCH, "TIMEOUT");
        health.put("f", h);
        assertThat(scheduler.nextDelay(feed)).isEqualTo(Duration.ofSeconds(10));
        h = h.failed(Instant.EPOCH, "TIMEOUT");
        health.put("f", h);
        assertThat(scheduler.nextDelay(feed)).isEqualTo(Duration.ofSeconds(20));
        for (int i = 0; i < 30; i++) {
            h = h.failed(Instant.EPOCH, "TIMEOUT");
        }
        health.put("f", h);
        assertThat(scheduler.nextDelay(feed)).isEqualTo(Duration.ofMinutes(30));
        assertThat(h.healthy()).isFalse();
        assertThat(h.reason()).isEqualTo("TIMEOUT");
        assertThat(h.succeeded(Instant.EPOCH, "ok").consecutiveFailures()).isZero();
    }

    @Test
    void pollTasksFollowTheSourceType() {
        assertThat(SourceScheduler.pollTask(feed).kind()).isEqualTo(FetchTask.Kind.FEED);
        assertThat(SourceScheduler.pollTask(feed).url()).isEqualTo("https://f.example/rss");
        assertThat(SourceScheduler.pollTask(feed).sourceId()).isEqualTo("f");
    }
}
