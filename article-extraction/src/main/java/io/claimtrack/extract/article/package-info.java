/**
 * HTML page to article text and metadata, as pure code: {@link
 * io.claimtrack.extract.article.ArticleExtractor} is the entry point, {@link
 * io.claimtrack.extract.article.ExtractedArticle} the result. No network, no Kafka; absent values
 * are {@code null}, absent lists empty.
 */
package io.claimtrack.extract.article;
