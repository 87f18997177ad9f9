package io.claimtrack.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.ingest.fetch.FetchResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String ORIGIN = "https://vale-news.example";
    private final RobotsCache cache =
            new RobotsCache("claimtrack/0.1 (+https://github.com/claimtrack)", Duration.ofHours(1));

    private static FetchResult.Fetched robots(String text) {
        URI u = URI.create(ORIGIN + "/robots.txt");
        return new FetchResult.Fetched(
                u, u, 200, "text/plain", null, text.getBytes(StandardCharsets.UTF_8), null, null);
    }

    @Test
    void ourGroupIsMatchedByProductTokenWithItsCrawlDelay() {
        var rules =
                cache.store(
                        ORIGIN,
                        robots(
                                """
                User-agent: *
                Disallow: /

                User-agent: claimtrack
                Disallow: /private/
                Crawl-delay: 3
                """),
                        T0);
        assertThat(rules.isAllowed(ORIGIN + "/news/1.html")).isTrue();
        assertThat(rules.isAllowed(ORIGIN + "/private/x.html")).isFalse();
        assertThat(rules.getCrawlDelay()).isEqualTo(3000);
    }

    @Test
    void theWildcardGroupAppliesWhenWeAreNotNamed() {
        var rules = cache.store(ORIGIN, robots("User-agent: *\nDisallow: /drafts/\n"), T0);
        assertThat(rules.isAllowed(ORIGIN + "/drafts/a")).isFalse();
        assertThat(rules.isAllowed(ORIGIN + "/a")).isTrue();
    }

    @Test
    void rulesAreCachedUntilTheTtlEnds() {
        cache.store(ORIGIN, robots("User-agent: *\nDisallow:\n"), T0);
        assertThat(cache.find(ORIGIN, T0.plusSeconds(3599))).isPresent();
        assertThat(cache.find(ORIGIN, T0.plusSeconds(3601))).isEmpty();
        assertThat(cache.find("https://other.example", T0)).isEmpty();
    }

    @Test
    void missingRobotsAllowsAllButAnUnreachableOneDisallowsAllForAWhile() {
        URI u = URI.create(ORIGIN + "/robots.txt");
        var missing =
                cache.store(
                        ORIGIN,
                        new FetchResult.Failed(u, FetchResult.Reason.HTTP_STATUS, 404, null, null),
                        T0);
        assertThat(missing.isAllowed(ORIGIN + "/a")).isTrue();
        var down =
                cache.store(
                        ORIGIN,
                        new FetchResult.Failed(u, FetchResult.Reason.HTTP_STATUS, 503, null, null),
                        T0);
        assertThat(down.isAllowed(ORIGIN + "/a")).isFalse();
        assertThat(cache.find(ORIGIN, T0.plus(Duration.ofMinutes(6)))).isEmpty();
    }

    @Test
    void productTokenIsTheFirstWordOfTheUserAgent() {
        assertThat(RobotsCache.productToken("claimtrack/0.1 (+https://github.com/claimtrack)"))
                .isEqualTo("claimtrack");
        assertThat(RobotsCache.productToken("Harbor Bot")).isEqualTo("harbor");
    }
}
