package io.claimtrack.extract.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");
    private final ArticleExtractor extractor =
            new ArticleExtractor(Clock.fixed(NOW, ZoneOffset.UTC));

    private static final String P1 =
            "The harbour commission of Port Wexley voted on Tuesday to extend the ferry timetable"
                    + " through the winter, a decision that followed months of petitions by island residents.";
    private static final String P2 =
            "Commissioner Ada Fenwick, a fictional official, told the meeting that the extra crossings"
                    + " would be paid for by a small increase in parking fees at the terminal.";
    private static final String P3 =
            "Local business owners said the change would keep the island's shops open all year, and"
                    + " the first winter sailings are expected to begin in November.";

    private static String page(String head, String article) {
        return "<!doctype html><html lang=\"en\"><head>"
                + head
                + "</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a>"
                + " <a href=\"/sport\">Sport</a></nav></header><main>"
                + article
                + "</main><footer><p>Copyright 2024 The Harbor Ledger. All rights reserved.</p>"
                + "</footer></body></html>";
    }

    @Test
    void keepsCaptionsBioAndCommentsOutOfTheText() {
        String html =
                page(
                        "<title>Ferry timetable extended | The Harbor Ledger</title>",
                        "<article><h1>Ferry timetable extended</h1>"
                                + "<div class=\"byline\">By Tom Quill</div>"
                                + "<p>"
                                + P1
                                + "</p>"
                                + "<figure><img src=\"ferry.jpg\"><figcaption>The ferry leaving"
                                + " Port Wexley at dawn. Photo: Harbor Ledger</figcaption></figure>"
                                + "<p>"
                                + P2
                                + "</p>"
                                + "<h2>What happens next</h2>"
                                + "<p>"
                                + P3
                                + "</p>"
                                + "<div class=\"author-bio\">Tom Quill covers island affairs for"
                                + " The Harbor Ledger and lives in Port Wexley.</div>"
                                + "</article>"
                                + "<section id=\"comments\"><h3>Comments</h3>"
                                + "<div class=\"comment\"><p>Finally! I have waited three winters for"
                                + " this ferry change to happen, well done everyone.</p></div>"
                                + "</section>");

        ExtractedArticle a = extractor.extract(html, "https://ledger.example/news/ferry");

        assertThat(a.paragraphs()).containsExactly(P1, P2, "What happens next", P3);
        assertThat(a.text()).isEqualTo(String.join("\n\n", a.paragraphs()));
        assertThat(a.text())
                .doesNotContain(
                        "ferry leaving",
                        "covers island affairs",
                        "waited three winters",
                        "By Tom Quill");
        assertThat(a.captions())
                .containsExactly("The ferry leaving Port Wexley at dawn. Photo: Harbor Ledger");
        assertThat(a.comments()).singleElement().asString().contains("waited three winters");
        assertThat(a.authorBio()).contains("covers island affairs");
        assertThat(a.title()).isEqualTo("Ferry timetable extended");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void readsMetadataFromJsonLdAndMetaTags() {
        String ld =
                "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                        + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"ignored\"},"
                        + "{\"@type\":\"NewsArticle\",\"headline\":\"Ferry timetable extended\","
                        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Tom Quill\"},"
                        + "{\"@type\":\"Person\",\"name\":\"Mara Lind, Island Editor\"}],"
                        + "\"datePublished\":\"2024-03-05T08:30:00+01:00\","
                        + "\"dateModified\":\"2024-03-06T10:00:00Z\","
                        + "\"articleSection\":\"Local\","
                        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Harbor Ledger\"}}]}"
                        + "</script>"
                        + "<link rel=\"canonical\" href=\"/news/ferry-timetable\">"
                        + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feeds/local.rss\">"
                        + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"https://ledger.example/atom\">"
                        + "<link rel=\"alternate\" hreflang=\"de\" href=\"/de/\">"
                        + "<meta name=\"description\" content=\"Winter ferries are coming to Port Wexley.\">";
        String html = page(ld, "<article><p>" + P1 + "</p><p>" + P2 + "</p></article>");

        ExtractedArticle a =
                extractor.extract(html, "https://ledger.example/news/ferry?utm_source=x");

        assertThat(a.title()).isEqualTo("Ferry timetable extended");
        assertThat(a.authors()).containsExactly("Tom Quill", "Mara Lind");
        assertThat(a.published()).isEqualTo(Instant.parse("2024-03-05T07:30:00Z"));
        assertThat(a.modified()).isEqualTo(Instant.parse("2024-03-06T10:00:00Z"));
        assertThat(a.siteName()).isEqualTo("The Harbor Ledger");
        assertThat(a.section()).isEqualTo("Local");
        assertThat(a.canonicalUrl()).isEqualTo("https://ledger.example/news/ferry-timetable");
        assertThat(a.description()).isEqualTo("Winter ferries are coming to Port Wexley.");
        assertThat(a.feedLinks())
                .containsExactly(
                        "https://ledger.example/feeds/local.rss", "https://ledger.example/atom");
    }

    @Test
    void neverReportsADateInTheFuture() {
        String future =
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                        + "\"datePublished\":\"2031-01-01T00:00:00Z\",\"dateModified\":\"2031-01-02T00:00:00Z\"}</script>";
        ExtractedArticle onlyFuture = extractor.extract(page(future, "<p>" + P1 + "</p>"), null);
        assertThat(onlyFuture.published()).isNull();
        assertThat(onlyFuture.modified()).isNull();

        String withFallback =
                future
                        + "<meta property=\"article:published_time\" content=\"2024-03-01T09:00:00Z\">";
        ExtractedArticle a = extractor.extract(page(withFallback, "<p>" + P1 + "</p>"), null);
        assertThat(a.published()).isEqualTo(Instant.parse("2024-03-01T09:00:00Z"));

        ExtractedArticle fromUrl =
                extractor.extract(
                        page("", "<p>" + P1 + "</p>"), "https://ledger.example/2024/03/02/ferry/");
        assertThat(fromUrl.published()).isEqualTo(Instant.parse("2024-03-02T00:00:00Z"));
        ExtractedArticle futureUrl =
                extractor.extract(
                        page("", "<p>" + P1 + "</p>"), "https://ledger.example/2029/03/02/ferry/");
        assertThat(futureUrl.published()).isNull();
    }

    @Test
    void decodesCharsetFromBomMetaAndHeader() {
        String html = page("<title>Café</title>", "<p>" + P1 + " Le café déménage.</p>");
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(extractor.extract(withBom, null, null).text()).endsWith("Le café déménage.");

        byte[] utf16 = ("\uFEFF" + html).getBytes(StandardCharsets.UTF_16LE);
        assertThat(extractor.extract(utf16, null, null).text()).endsWith("Le café déménage.");

        Charset cp1252 = Charset.forName("windows-1252");
        String latin = html.replace("<title>", "<meta charset=\"windows-1252\"><title>");
        byte[] latinBytes = latin.getBytes(cp1252);
        assertThat(extractor.extract(latinBytes, null, null).text()).endsWith("Le café déménage.");
        assertThat(extractor.extract(latinBytes, "windows-1252", null).title()).isEqualTo("Café");

        // The HTTP header wins over the meta tag.
        String lying = html.replace("<title>", "<meta charset=\"iso-8859-5\"><title>");
        assertThat(extractor.extract(lying.getBytes(StandardCharsets.UTF_8), "utf-8", null).text())
                .endsWith("Le café déménage.");
    }

    @Test
    void survivesMalformedHtml() {
        String html =
                "<html><body><div><p>"
                        + P1
                        + "<p>"
                        + P2
                        + "</div></span></b><table><tr><td>"
                        + "<p>"
                        + P3
                        + "<<<>>>&&&;</td></html><script>var x = '</p>";
        ExtractedArticle a = extractor.extract(html, "not a url at all");
        assertThat(a.text()).contains(P1, P2, P3);

        assertThat(extractor.extract("<<<<>>>>\u0000\uFFFF", null)).isNotNull();
        assertThat(
                        extractor.extract(
                                new byte[] {(byte) 0xFF, (byte) 0xFE, 0x3C},
                                "no-such-charset",
                                null))
                .isNotNull();
        String deep = "<div>".repeat(20_000) + "<p>" + P1 + "</p>";
        assertThat(extractor.extract(deep, null).text()).isEqualTo(P1);
    }

    @Test
    void emptyInputGivesAnEmptyArticle() {
        assertThat(extractor.extract((String) null, null)).isEqualTo(ExtractedArticle.empty());
        assertThat(extractor.extract("", null)).isEqualTo(ExtractedArticle.empty());
        assertThat(extractor.extract("   \n ", null)).isEqualTo(ExtractedArticle.empty());
        assertThat(extractor.extract(new byte[0], null, null)).isEqualTo(ExtractedArticle.empty());
        assertThat(extractor.extract((byte[]) null, "utf-8", "https://ledger.example/"))
                .isEqualTo(ExtractedArticle.empty());

        ExtractedArticle bare = extractor.extract("<html><body></body></html>", null);
        assertThat(bare.text()).isEmpty();
        assertThat(bare.paragraphs()).isEmpty();
        assertThat(bare.isEmpty()).isTrue();
    }

    @Test
    void dropsNavigationAndRelatedLinks() {
        String related =
                "<div class=\"related-stories\"><h3>More from the Ledger</h3><ul>"
                        + "<li><a href=\"/a\">Island school gets a new roof after long campaign by parents</a></li>"
                        + "<li><a href=\"/b\">Lighthouse keeper retires after forty years on the rocks</a></li>"
                        + "</ul></div>";
        String html =
                page(
                        "",
                        "<article><p>"
                                + P1
                                + "</p><p>"
                                + P2
                                + "</p>"
                                + related
                                + "<p>"
                                + P3
                                + "</p></article>");
        ExtractedArticle a = extractor.extract(html, null);
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void splitsOldStyleBrSeparatedTextIntoParagraphs() {
        String html =
                "<html><body><table><tr><td class=\"menu\"><a href=\"/\">Home</a><br><a href=\"/x\">Archive</a>"
                        + "</td><td><font size=2>"
                        + P1
                        + "<br><br>\n"
                        + P2
                        + "<br>\n<br>"
                        + P3
                        + "</font><br><br>* * *</td></tr></table></body></html>";
        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void findsTextHiddenByAFurnitureLikeWrapperClass() {
        String html =
                page(
                        "",
                        "<div class=\"story-tools social-bar-enabled\"><p>"
                                + P1
                                + "</p><p>"
                                + P2
                                + "</p></div>");
        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void fallsBackToJsonLdArticleBodyWhenThePageRendersNoText() {
        String ld =
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry\","
                        + "\"articleBody\":\""
                        + P1
                        + "\\n\\n"
                        + P2
                        + "\"}</script>";
        String html = page(ld, "<div id=\"app\"></div>");
        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void dropsPictureCreditsAndDatelines() {
        String html =
                page(
                        "",
                        "<article><div>Published March 5, 2024 8:30 am</div><p>"
                                + P1
                                + "</p>"
                                + "<div>Jane Doe | Harbor Agency | Getty Images</div><p>"
                                + P2
                                + "</p>"
                                + "<p>Photo: Tom Quill</p><p>"
                                + P3
                                + "</p><p>___</p></article>");
        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void isSafeToShareAcrossThreads() throws Exception {
        String html =
                page(
                        "<title>Ferry</title>",
                        "<article><p>" + P1 + "</p><p>" + P2 + "</p></article>");
        ExtractedArticle expected = extractor.extract(html, null);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<ExtractedArticle>>();
            for (int i = 0; i < 64; i++) {
                futures.add(pool.submit(() -> extractor.extract(html, null)));
            }
            for (var f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        }
    }

    @Test
    void detectsTheLanguageOfTheText() {
        String de =
                "Der Hafenausschuss von Port Wexley hat am Dienstag beschlossen, den Fährfahrplan bis in"
                        + " den Winter zu verlängern. Die Bewohner der Insel hatten monatelang dafür"
                        + " Unterschriften gesammelt, und die ersten Winterfahrten sollen im November beginnen.";
        String html = "<html lang=\"en\"><body><article><p>" + de + "</p></article></body></html>";
        assertThat(extractor.extract(html, null).language()).isEqualTo("de");
    }
}
