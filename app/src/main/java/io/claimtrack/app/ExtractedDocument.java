package io.claimtrack.app;

import io.claimtrack.extract.article.ExtractedArticle;
import io.claimtrack.extract.statement.Attribution;
import io.claimtrack.extract.statement.Entity;
import io.claimtrack.extract.statement.Extraction;
import io.claimtrack.extract.statement.Rebuttal;
import java.time.Instant;
import java.util.List;

/**
 * One line of {@code claimtrack extract --format jsonl}: the article's metadata and text, and what
 * was said in it. Offsets of statements and speakers index into {@code text}.
 */
record ExtractedDocument(
        String file,
        String url,
        String title,
        List<String> authors,
        Instant published,
        Instant modified,
        String siteName,
        String language,
        String text,
        List<Attribution> statements,
        List<Rebuttal> rebuttals,
        List<Entity> entities,
        List<String> captions,
        List<String> comments,
        String authorBio) {

    static ExtractedDocument ofArticle(String file, ExtractedArticle a, Extraction found) {
        return new ExtractedDocument(
                file,
                a.canonicalUrl(),
                a.title(),
                a.authors(),
                a.published(),
                a.modified(),
                a.siteName(),
                a.language(),
                a.text(),
                found.statements(),
                found.rebuttals(),
                found.entities(),
                a.captions(),
                a.comments(),
                a.authorBio());
    }

    static ExtractedDocument ofText(String file, String text, Extraction found) {
        return new ExtractedDocument(
                file,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                text,
                found.statements(),
                found.rebuttals(),
                found.entities(),
                List.of(),
                List.of(),
                null);
    }
}
