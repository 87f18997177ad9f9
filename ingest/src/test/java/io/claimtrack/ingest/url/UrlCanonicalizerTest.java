package io.claimtrack.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

    private static String canon(String url) {
        return UrlCanonicalizer.canonicalize(url).orElseThrow();
    }

    @Test
    void lowercasesSchemeAndHostButNotPath() {
        assertThat(canon("HTTPS://News.Example.ORG/Politics/Story-1"))
                .isEqualTo("https://news.example.org/Politics/Story-1");
    }

    @Test
    void dropsDefaultPortsKeepsOthers() {
        assertThat(canon("http://example.org:80/a")).isEqualTo("http://example.org/a");
        assertThat(canon("https://example.org:443/a")).isEqualTo("https://example.org/a");
        assertThat(canon("http://example.org:8080/a")).isEqualTo("http://example.org:8080/a");
    }

    @Test
    void dropsFragmentAndTrackingParametersKeepsOthersInOrder() {
        assertThat(
                        canon(
                                "https://example.org/a?id=7&utm_source=x&UTM_Medium=y&fbclid=z&page=2#comments"))
                .isEqualTo("https://example.org/a?id=7&page=2");
        assertThat(canon("https://example.org/a?utm_campaign=x&gclid=1"))
                .isEqualTo("https://example.org/a");
    }

    @Test
    void normalisesEmptyPathAndDotSegments() {
        assertThat(canon("https://example.org")).isEqualTo("https://example.org/");
        assertThat(canon("https://example.org/a/./b/../c")).isEqualTo("https://example.org/a/c");
        assertThat(canon("https://example.org/../x")).isEqualTo("https://example.org/x");
    }

    @Test
    void refusesNonHttpAndRelativeUrls() {
        assertThat(UrlCanonicalizer.canonicalize("mailto:desk@example.org")).isEmpty();
        assertThat(UrlCanonicalizer.canonicalize("/relative/path")).isEmpty();
        assertThat(UrlCanonicalizer.canonicalize("javascript:alert(1)")).isEmpty();
        assertThat(UrlCanonicalizer.canonicalize("ht tp://bad")).isEmpty();
    }

    @Test
    void resolvesRelativeLinksAgainstTheirPage() {
        assertThat(
                        UrlCanonicalizer.resolve(
                                "https://example.org/news/", "2024/story.html?utm_source=rss"))
                .contains("https://example.org/news/2024/story.html");
        assertThat(UrlCanonicalizer.resolve("https://example.org/news/", "//cdn.example.org/x"))
                .contains("https://cdn.example.org/x");
    }

    @Test
    void hostKeyKeepsExplicitPortForPoliteness() {
        assertThat(UrlCanonicalizer.hostKey("http://127.0.0.1:8081/a")).contains("127.0.0.1:8081");
        assertThat(UrlCanonicalizer.hostKey("https://Example.org/a")).contains("example.org");
    }
}
