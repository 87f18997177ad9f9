package io.claimtrack.ingest;

import io.claimtrack.ingest.crawl.ArticleSink;
import io.claimtrack.ingest.crawl.FetchTask;
import io.claimtrack.model.Article;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects articles and dead letters in memory. */
final class ListSink implements ArticleSink {
    final List<Article> articles = new CopyOnWriteArrayList<>();
    final List<String> rejected = new CopyOnWriteArrayList<>();

    @Override
    public void send(Article article) {
        articles.add(article);
    }

    @Override
    public void reject(FetchTask task, byte[] body, String reason) {
        rejected.add(task.url() + ": " + reason);
    }

    List<String> urls() {
        return articles.stream().map(Article::url).sorted().toList();
    }
}
