package io.claimtrack.app;

import io.claimtrack.extract.article.ArticleExtractor;
import io.claimtrack.extract.article.ExtractedArticle;
import io.claimtrack.extract.statement.Extraction;
import io.claimtrack.extract.statement.StatementExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Runs article extraction (for HTML) and statement extraction over one file. */
final class FileExtraction {
    private final ArticleExtractor articles = new ArticleExtractor();
    private final StatementExtractor statements = new StatementExtractor();

    ExtractedDocument extract(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html.gz")
                || name.endsWith(".htm.gz")
                || name.endsWith(".html")
                || name.endsWith(".htm")
                || name.endsWith(".xhtml")) {
            byte[] bytes = readMaybeGzipped(file, name.endsWith(".gz"));
            ExtractedArticle article = articles.extract(bytes, null, null);
            Extraction found = statements.extract(article.text());
            return ExtractedDocument.ofArticle(file.toString(), article, found);
        }
        if (name.endsWith(".gz")) {
            String text = new String(readMaybeGzipped(file, true), StandardCharsets.UTF_8);
            return ExtractedDocument.ofText(file.toString(), text, statements.extract(text));
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return ExtractedDocument.ofText(file.toString(), text, statements.extract(text));
    }

    private static byte[] readMaybeGzipped(Path file, boolean gzipped) throws IOException {
        if (!gzipped) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
