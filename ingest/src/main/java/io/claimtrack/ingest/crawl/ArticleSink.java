package io.claimtrack.ingest.crawl;

import io.claimtrack.model.Article;

/** Where articles go: {@code articles.v1} in production, a list in tests. */
public interface ArticleSink {
    /** Sends the article and returns once it is acknowledged; throws when it cannot be sent. */
    void send(Article article) throws Exception;

    /** Records a page that could not be turned into an article (dead letter), best effort. */
    default void reject(FetchTask task, byte[] body, String reason) {}
}
