package io.claimtrack.ingest.crawl;

import io.claimtrack.ingest.crawl.HostPoliteness.Effect;
import io.claimtrack.ingest.crawl.Outcome.Status;
import io.claimtrack.ingest.discover.FeedLinks;
import io.claimtrack.ingest.discover.Listing;
import io.claimtrack.ingest.discover.PageLinks;
import io.claimtrack.ingest.discover.SitemapLinks;
import io.claimtrack.ingest.fetch.FetchResult;
import io.claimtrack.ingest.fetch.Validators;
import io.claimtrack.ingest.source.SourceConfig;
import io.claimtrack.ingest.url.UrlCanonicalizer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Polls listings (feeds with conditional GET, sitemaps, sections, home pages), routes what they
 * list as new tasks, and keeps each source's health.
 */
final class Listings {
    private static final int RECENT = 200_000;

    private final TaskProcessor processor;
    private final TaskProcessor.Deps d;
    private final Map<String, SourceHealth> health;
    private final Map<String, Boolean> recentlyRouted =
            new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> e) {
                    return size() > RECENT;
                }
            };
    private volatile TaskRouter router = t -> {};

    Listings(TaskProcessor processor, TaskProcessor.Deps deps, Map<String, SourceHealth> health) {
        this.processor = processor;
        this.d = deps;
        this.health = health;
    }

    void setRouter(TaskRouter router) {
        this.router = router;
    }

    Outcome process(FetchTask task, URI uri, SourceConfig source) {
        boolean conditional =
                task.kind() == FetchTask.Kind.FEED || task.kind() == FetchTask.Kind.SITEMAP;
        Validators v =
                conditional
                        ? processor.validators().getOrDefault(task.url(), Validators.NONE)
                        : Validators.NONE;
        FetchResult r = processor.fetch(uri, source, v);
        return switch (r) {
            case FetchResult.Redirected rd -> processor.redirect(task, rd);
            case FetchResult.Failed f -> processor.failed(task, f);
            case FetchResult.NotModified n -> {
                recordSuccess(task, "not modified");
                yield Outcome.done(Effect.OK, Status.NOT_MODIFIED, null);
            }
            case FetchResult.Fetched page -> {
                if (conditional && (page.etag() != null || page.lastModified() != null)) {
                    processor
                            .validators()
                            .put(task.url(), new Validators(page.etag(), page.lastModified()));
                }
                yield listed(task, page, source);
            }
        };
    }

    private Outcome listed(FetchTask task, FetchResult.Fetched page, SourceConfig source) {
        String url = page.finalUri().toString();
        Listing listing =
                switch (task.kind()) {
                    case FEED -> FeedLinks.parse(page.body(), url);
                    case SITEMAP -> SitemapLinks.parse(page.body(), url, d.maxBodyBytes());
                    case SECTION ->
                            PageLinks.section(
                                    page.body(), page.charset(), url, source.linkPattern());
                    case HOMEPAGE -> PageLinks.homepage(page.body(), page.charset(), url);
                    case ARTICLE -> throw new IllegalStateException("not a listing");
                };
        if (listing instanceof Listing.Malformed m) {
            recordFailure(task, m.reason());
            processor.validators().remove(task.url());
            return Outcome.done(Effect.OK, Status.FAILED, m.reason());
        }
        Listing.Found found = (Listing.Found) listing;
        int routed = 0;
        for (String a : found.articles()) {
            routed += route(FetchTask.article(a, task.sourceId(), url)) ? 1 : 0;
        }
        boolean top = task.url().equals(source.url().toString()) || task.redirects() > 0;
        for (String s : found.sitemaps()) {
            // Only the configured sitemap may nest: an index listing itself must not loop.
            if (top) {
                routed +=
                        route(new FetchTask(FetchTask.Kind.SITEMAP, s, task.sourceId(), url, 0, 0))
                                ? 1
                                : 0;
            }
        }
        for (String f : found.feeds()) {
            routed +=
                    route(new FetchTask(FetchTask.Kind.FEED, f, task.sourceId(), url, 0, 0))
                            ? 1
                            : 0;
        }
        int total = found.articles().size() + found.sitemaps().size() + found.feeds().size();
        recordSuccess(task, total + " links, " + routed + " new");
        return Outcome.done(Effect.OK, Status.LISTED, total + " links, " + routed + " new");
    }

    /** Routes a task unless its URL was already seen or routed recently; true when routed. */
    private boolean route(FetchTask task) {
        String canon = UrlCanonicalizer.canonicalize(task.url()).orElse(null);
        if (canon == null) {
            return false;
        }
        if (task.kind() == FetchTask.Kind.ARTICLE) {
            if (d.seen().contains(SeenStore.urlKey(canon))) {
                return false;
            }
            synchronized (recentlyRouted) {
                if (recentlyRouted.putIfAbsent(canon, Boolean.TRUE) != null) {
                    return false;
                }
            }
        }
        router.route(new FetchTask(task.kind(), canon, task.sourceId(), task.origin(), 0, 0));
        return true;
    }

    /** Forgets that article URLs were routed (used by a one-shot run, which must recheck them). */
    void forgetRouted() {
        synchronized (recentlyRouted) {
            recentlyRouted.clear();
        }
    }

    void recordSuccess(FetchTask task, String detail) {
        health.compute(
                task.sourceId(),
                (id, h) ->
                        (h == null ? SourceHealth.unknown(id) : h)
                                .succeeded(d.clock().instant(), detail));
    }

    void recordFailure(FetchTask task, String why) {
        health.compute(
                task.sourceId(),
                (id, h) ->
                        (h == null ? SourceHealth.unknown(id) : h)
                                .failed(d.clock().instant(), task.url() + ": " + why));
    }
}
