package io.claimtrack.linking;

import io.claimtrack.model.EntityRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What linking needs of an article: where it came from, when we saw it, and what it names.
 *
 * @param seenAt when the pipeline saw the article (fetch time): stories group by it, because
 *     evergreen pages have no publication date
 */
public record ArticleDigest(
        String articleId,
        String outlet,
        String url,
        String title,
        Instant published,
        Instant seenAt,
        List<EntityRef> entities,
        int statementCount) {
    public ArticleDigest {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(seenAt, "seenAt");
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
