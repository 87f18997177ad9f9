package io.claimtrack.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimtrack.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLoaderTest {

    @Test
    void readsEveryKindOfSourceWithAllFields() {
        List<SourceConfig> sources =
                SourceLoader.parse(
                        """
                sources:
                  - id: harbor-gazette
                    name: The Harbor Gazette
                    type: feed
                    url: https://harbor-gazette.example/rss.xml
                    country: NZ
                    language: en
                    tags: [local, politics]
                    poll-interval: 5m
                    politeness-delay: 2s
                  - id: vale-news-sitemap
                    type: sitemap
                    url: https://vale-news.example/news-sitemap.xml.gz
                  - id: vale-news-politics
                    type: section
                    url: https://vale-news.example/politics/
                    link-pattern: "/politics/\\\\d{4}/"
                  - id: ridge-post
                    type: home
                    url: http://127.0.0.1:8080/
                    allow-private: true
                """,
                        "test");
        assertThat(sources).hasSize(4);
        SourceConfig feed = sources.get(0);
        assertThat(feed.type()).isEqualTo(SourceType.FEED);
        assertThat(feed.name()).isEqualTo("The Harbor Gazette");
        assertThat(feed.tags()).containsExactly("local", "politics");
        assertThat(feed.pollInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(feed.politenessDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(feed.allowPrivate()).isFalse();
        assertThat(sources.get(1).type()).isEqualTo(SourceType.SITEMAP);
        assertThat(
                        sources.get(2)
                                .linkPattern()
                                .matcher("https://vale-news.example/politics/2024/x")
                                .find())
                .isTrue();
        assertThat(sources.get(3).type()).isEqualTo(SourceType.HOMEPAGE);
        assertThat(sources.get(3).allowPrivate()).isTrue();
    }

    @Test
    void namesEveryBadKeyOfEverySourceAtOnce() {
        assertThatThrownBy(
                        () ->
                                SourceLoader.parse(
                                        """
                sources:
                  - id: Bad Id
                    type: podcast
                    url: ftp://example.org/feed
                    poll-intervall: 5m
                  - id: ok-one
                    type: section
                    url: https://example.org/
                    politeness-delay: soon
                  - id: ok-one
                    type: feed
                    url: https://example.org/rss
                    allow-private: maybe
                    link-pattern: "(unclosed"
                  - name: no id and no url
                    type: feed
                extra: 1
                """,
                                        "sources.yaml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(
                        e ->
                                assertThat(((ConfigException) e).problems())
                                        .anyMatch(p -> p.startsWith("sources[0].id 'Bad Id'"))
                                        .anyMatch(p -> p.startsWith("sources[0].type 'podcast'"))
                                        .anyMatch(
                                                p ->
                                                        p.startsWith(
                                                                "sources[0].url 'ftp://example.org/feed'"))
                                        .anyMatch(
                                                p ->
                                                        p.startsWith(
                                                                "sources[0].poll-intervall: unknown key"))
                                        .anyMatch(
                                                p ->
                                                        p.startsWith(
                                                                "sources[1].politeness-delay 'soon'"))
                                        .anyMatch(
                                                p ->
                                                        p.startsWith(
                                                                "sources[1].link-pattern is required"))
                                        .anyMatch(p -> p.startsWith("sources[2].allow-private"))
                                        .anyMatch(
                                                p ->
                                                        p.startsWith(
                                                                "sources[2].link-pattern is not a valid regex"))
                                        .anyMatch(p -> p.startsWith("sources[3].id is required"))
                                        .anyMatch(p -> p.startsWith("sources[3].url is required"))
                                        .anyMatch(p -> p.startsWith("unknown key 'extra'")))
                .hasMessageContaining("sources.yaml");
    }

    @Test
    void reportsDuplicateIds() {
        assertThatThrownBy(
                        () ->
                                SourceLoader.parse(
                                        """
                sources:
                  - {id: a, type: feed, url: "https://a.example/rss"}
                  - {id: a, type: feed, url: "https://b.example/rss"}
                """,
                                        "t"))
                .hasMessageContaining("sources[1].id 'a' is used twice");
    }

    @Test
    void rejectsNonYamlAndMissingFile(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> SourceLoader.parse("sources: [ {id: a", "t"))
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> SourceLoader.parse("feeds: []", "t"))
                .hasMessageContaining("sources: [...]");
        assertThatThrownBy(() -> SourceLoader.load(dir.resolve("missing.yaml")))
                .hasMessageContaining("cannot read");
        Path ok =
                Files.writeString(
                        dir.resolve("s.yaml"),
                        "sources:\n  - {id: a, type: feed, url: 'https://a.example/rss'}\n");
        assertThat(SourceLoader.load(ok)).extracting(SourceConfig::id).containsExactly("a");
    }

    @Test
    void theExampleFileOfTheRepositoryIsValid() {
        Path example = Path.of("../config/sources.example.yaml");
        assertThat(SourceLoader.load(example)).isNotEmpty();
    }
}
