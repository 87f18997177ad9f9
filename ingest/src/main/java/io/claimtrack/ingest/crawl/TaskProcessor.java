package io.claimtrack.ingest.crawl;

import crawlercommons.robots.BaseRobotRules;
import io.claimtrack.ingest.crawl.HostPoliteness.Effect;
import io.claimtrack.ingest.crawl.Outcome.Done;
import io.claimtrack.ingest.crawl.Outcome.Status;
import io.claimtrack.ingest.fetch.FetchResult;
import io.claimtrack.ingest.fetch.Fetcher;
import io.claimtrack.ingest.fetch.Validators;
import io.claimtrack.ingest.source.SourceConfig;
import io.claimtrack.ingest.url.UrlCanonicalizer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does one task: robots.txt first (fetched as its own request when not cached), then the page.
 * Articles are extracted, de-duplicated and sent; listings (feeds, sitemaps, sections, home pages)
 * are parsed and their links routed as new tasks. Never throws: every failure is an outcome.
 */
public final class TaskProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(TaskProcessor.class);

    /** What the processor needs from the service. */
    public record Deps(
            Fetcher fetcher,
            RobotsCache robots,
            HostPoliteness politeness,
            Map<String, SourceConfig> sources,
            SeenStore seen,
            ArticleSink sink,
            CrawlMetrics metrics,
            int maxRedirects,
            int maxAttempts,
            long maxBodyBytes,
            Clock clock) {}

    private final Deps d;
    private final ArticleMaker maker = new ArticleMaker();
    private final Object[] hashLocks = newLocks(64);
    private final Map<String, Validators> validators = new ConcurrentHashMap<>();
    private final Map<String, SourceHealth> health = new ConcurrentHashMap<>();
    private final Listings listings;
    private volatile TaskRouter router = t -> {};

    public TaskProcessor(Deps deps) {
        this.d = deps;
        this.listings = new Listings(this, deps, health);
    }

    public void setRouter(TaskRouter router) {
        this.router = router;
        listings.setRouter(router);
    }

    /** Forgets which article URLs were routed, so a new one-shot run re-checks them. */
    public void forgetRouted() {
        listings.forgetRouted();
    }

    /** Health of every source polled so far, by source id. */
    public Map<String, SourceHealth> health() {
        return Map.copyOf(health);
    }

    /** Lets the crawler start the host's next request before this task's processing ends. */
    @FunctionalInterface
    public interface HostRelease {
        /** The task's last request to its host ended now with {@code effect} (null: none made). */
        void requestDone(HostPoliteness.Effect effect, Duration retryAfter);
    }

    /** {@link #process(FetchTask, HostRelease)} without early release. */
    public Outcome process(FetchTask task) {
        return process(task, (e, r) -> {});
    }

    /** Processes {@code task}; the caller owns the host's politeness slot until released. */
    public Outcome process(FetchTask task, HostRelease release) {
        SourceConfig source = d.sources().get(task.sourceId());
        if (source == null) {
            return Outcome.done(null, Status.FAILED, "unknown source " + task.sourceId());
        }
        URI uri;
        try {
            uri = URI.create(task.url());
        } catch (IllegalArgumentException e) {
            return Outcome.done(null, Status.FAILED, "bad URL " + task.url());
        }
        if (uri.getHost() == null) {
            return Outcome.done(null, Status.FAILED, "bad URL " + task.url());
        }
        Optional<BaseRobotRules> rules = d.robots().find(origin(uri), d.clock().instant());
        if (rules.isEmpty()) {
            return fetchRobots(task, uri, source);
        }
        if (!rules.get().isAllowed(task.url())) {
            return listingDone(task, null, Status.ROBOTS_DISALLOWED, "disallowed by robots.txt");
        }
        return task.kind().isListing()
                ? listings.process(task, uri, source)
                : article(task, uri, source, release);
    }

    private Outcome fetchRobots(FetchTask task, URI uri, SourceConfig source) {
        String origin = origin(uri);
        FetchResult r = fetch(URI.create(origin + "/robots.txt"), source, Validators.NONE);
        if (r instanceof FetchResult.Failed f && effect(f) == null) {
            return listingDone(task, null, Status.FAILED, f.describe());
        }
        BaseRobotRules rules = d.robots().store(origin, r, d.clock().instant());
        if (rules.getCrawlDelay() > 0) {
            d.politeness().raiseDelay(hostKey(uri), Duration.ofMillis(rules.getCrawlDelay()));
        }
        return new Outcome.Again(effect(r), task);
    }

    private Outcome article(FetchTask task, URI uri, SourceConfig source, HostRelease release) {
        String canon = UrlCanonicalizer.canonicalize(task.url()).orElse(task.url());
        if (d.seen().contains(SeenStore.urlKey(canon))) {
            return Outcome.done(null, Status.DUPLICATE, canon);
        }
        FetchResult r = fetch(uri, source, Validators.NONE);
        if (r instanceof FetchResult.Fetched) {
            release.requestDone(Effect.OK, null);
        }
        return switch (r) {
            case FetchResult.Redirected rd -> redirect(task, rd);
            case FetchResult.NotModified n -> Outcome.done(Effect.OK, Status.NOT_MODIFIED, null);
            case FetchResult.Failed f -> failed(task, f);
            case FetchResult.Fetched page -> page(task, page, source, canon);
        };
    }

    private Outcome page(
            FetchTask task, FetchResult.Fetched page, SourceConfig source, String canon) {
        if (!page.isHtml()) {
            return Outcome.done(Effect.OK, Status.NOT_HTML, "content type " + page.mediaType());
        }
        ArticleMaker.Made made = maker.make(page, task, source, d.clock().instant());
        if (made instanceof ArticleMaker.NoText nt) {
            d.sink().reject(task, page.body(), nt.reason());
            return Outcome.done(Effect.OK, Status.EXTRACTION_FAILED, nt.reason());
        }
        var article = ((ArticleMaker.Ok) made).article();
        String urlKey = SeenStore.urlKey(article.canonicalUrl());
        String hashKey = SeenStore.hashKey(article.contentHash());
        // Copies of one text on two hosts are fetched in parallel: check-then-send must be atomic
        // per content hash within this instance (across instances a rare duplicate remains).
        synchronized (hashLocks[Math.floorMod(hashKey.hashCode(), hashLocks.length)]) {
            try {
                if (d.seen().contains(urlKey) || d.seen().contains(hashKey)) {
                    d.seen().add(List.of(SeenStore.urlKey(canon)));
                    return Outcome.done(Effect.OK, Status.DUPLICATE, article.canonicalUrl());
                }
                d.sink().send(article);
                d.seen().add(List.of(urlKey, hashKey, SeenStore.urlKey(canon)));
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.warn("cannot produce article {}: {}", article.url(), e.toString());
                return Outcome.done(Effect.OK, Status.FAILED, "cannot produce: " + e.getMessage());
            }
        }
        return Outcome.done(Effect.OK, Status.PRODUCED, article.id());
    }

    Outcome redirect(FetchTask task, FetchResult.Redirected rd) {
        if (task.redirects() >= d.maxRedirects()) {
            return listingDone(
                    task,
                    Effect.OK,
                    Status.FAILED,
                    "TOO_MANY_REDIRECTS: more than " + d.maxRedirects() + " redirects");
        }
        URI to = rd.location();
        String scheme =
                to.getScheme() == null ? "" : to.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (to.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return listingDone(
                    task, Effect.OK, Status.FAILED, "redirect to unusable location " + to);
        }
        return new Outcome.Follow(Effect.OK, task.redirectTo(to.toString()), null);
    }

    Outcome failed(FetchTask task, FetchResult.Failed f) {
        Effect e = effect(f);
        if (f.retryable() && task.attempt() + 1 < d.maxAttempts() && !task.kind().isListing()) {
            return new Outcome.Follow(e, task.retry(), f.retryAfter());
        }
        return listingDone(task, e, Status.FAILED, f.describe());
    }

    Done listingDone(FetchTask task, Effect effect, Status status, String detail) {
        if (task.kind().isListing()) {
            listings.recordFailure(task, detail);
        }
        return Outcome.done(effect, status, detail);
    }

    FetchResult fetch(URI uri, SourceConfig source, Validators v) {
        long start = System.nanoTime();
        FetchResult r = d.fetcher().fetch(uri, source.allowPrivate(), v);
        d.metrics().fetched(r, Duration.ofNanos(System.nanoTime() - start));
        return r;
    }

    /** How a result affects the host's clock; null when no request reached the host. */
    static Effect effect(FetchResult r) {
        if (!(r instanceof FetchResult.Failed f)) {
            return Effect.OK;
        }
        return switch (f.reason()) {
            case REFUSED_ADDRESS, BAD_URL, ROBOTS_DISALLOWED -> null;
            case THROTTLED -> Effect.THROTTLED;
            case TIMEOUT, CONNECT, IO -> Effect.FAILED;
            case HTTP_STATUS -> f.status() >= 500 ? Effect.FAILED : Effect.OK;
            case TOO_LARGE, TOO_MANY_REDIRECTS -> Effect.OK;
        };
    }

    static String origin(URI uri) {
        return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + hostKey(uri);
    }

    /** Host and explicit port: the unit of politeness. */
    public static String hostKey(URI uri) {
        String h = uri.getHost().toLowerCase(java.util.Locale.ROOT);
        return uri.getPort() == -1 ? h : h + ":" + uri.getPort();
    }

    private static Object[] newLocks(int n) {
        Object[] locks = new Object[n];
        for (int i = 0; i < n; i++) {
            locks[i] = new Object();
        }
        return locks;
    }

    Map<String, Validators> validators() {
        return validators;
    }
}
