package io.claimtrack.ingest.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.claimtrack.ingest.fetch.FetchResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt rules per origin (scheme://host:port), parsed by crawler-commons and cached for a TTL.
 * Per RFC 9309: a 4xx means no rules (allow all), an unreachable or 5xx robots.txt means disallow
 * all until the next attempt.
 */
public final class RobotsCache {
    private record Entry(BaseRobotRules rules, Instant expires) {}

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final String agentName;
    private final Duration ttl;
    private final Duration failureTtl;

    /**
     * @param userAgent the full user agent; its product token ("claimtrack") is matched
     */
    public RobotsCache(String userAgent, Duration ttl) {
        this.agentName = productToken(userAgent);
        this.ttl = ttl;
        this.failureTtl = ttl.compareTo(Duration.ofMinutes(5)) < 0 ? ttl : Duration.ofMinutes(5);
        parser.setMaxCrawlDelay(Duration.ofMinutes(2).toMillis());
    }

    /** The product token of a user agent: "claimtrack/0.1 (+...)" gives "claimtrack". */
    static String productToken(String userAgent) {
        String token = userAgent.trim().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    /** Cached rules for the origin, or empty when robots.txt must be fetched first. */
    public Optional<BaseRobotRules> find(String origin, Instant now) {
        Entry e = cache.get(origin);
        return e == null || now.isAfter(e.expires) ? Optional.empty() : Optional.of(e.rules);
    }

    /** Parses and caches the result of fetching {@code origin + "/robots.txt"}. */
    public BaseRobotRules store(String origin, FetchResult result, Instant now) {
        BaseRobotRules rules;
        Duration keep = ttl;
        if (result instanceof FetchResult.Fetched f) {
            rules = parse(origin + "/robots.txt", f.body(), f.contentType());
        } else if (result instanceof FetchResult.Failed f
                && f.status() >= 400
                && f.status() < 500
                && f.status() != 429) {
            rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        } else if (result instanceof FetchResult.Redirected) {
            // Robots redirects are rare; treating them as "no rules" matches common crawlers.
            rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        } else {
            rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
            keep = failureTtl;
        }
        cache.put(origin, new Entry(rules, now.plus(keep)));
        return rules;
    }

    /** Parses robots.txt content for our agent. */
    public BaseRobotRules parse(String robotsUrl, byte[] content, String contentType) {
        return parser.parseContent(
                robotsUrl,
                content,
                contentType == null ? "text/plain" : contentType,
                List.of(agentName));
    }
}
