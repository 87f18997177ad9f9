package io.claimtrack.linking;

/**
 * One input of the linker, in article order: first the article's digest, then its statements.
 * Exactly one of the two components is set.
 */
public record LinkEvent(int schema, ArticleDigest article, StatementEvent statement) {
    public static final int SCHEMA = 1;

    public LinkEvent {
        if ((article == null) == (statement == null)) {
            throw new IllegalArgumentException("a link event carries an article or a statement");
        }
    }

    public static LinkEvent of(ArticleDigest article) {
        return new LinkEvent(SCHEMA, article, null);
    }

    public static LinkEvent of(StatementEvent statement) {
        return new LinkEvent(SCHEMA, null, statement);
    }
}
