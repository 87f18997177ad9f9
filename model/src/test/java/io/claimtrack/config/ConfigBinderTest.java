package io.claimtrack.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigBinderTest {
    record Fetch(Duration politenessDelay, int maxRedirects, List<String> tags) {
        Fetch {
            if (maxRedirects < 0) {
                throw new IllegalArgumentException(
                        "fetch.max-redirects must be >= 0, got " + maxRedirects);
            }
        }
    }

    record Root(KafkaSettings kafka, Fetch fetch) {}

    private static final Root DEFAULTS =
            new Root(
                    KafkaSettings.of("localhost:9092"),
                    new Fetch(Duration.ofSeconds(1), 5, List.of()));

    private final ConfigBinder<Root> binder = new ConfigBinder<>(Root.class, DEFAULTS);

    @TempDir Path dir;

    @Test
    void defaultsSurviveWhenNothingIsGiven() {
        Root root = binder.load(Optional.empty(), Map.of());
        assertThat(root).isEqualTo(DEFAULTS);
    }

    @Test
    void fileOverridesDefaultsAndEnvironmentOverridesFile() throws Exception {
        Path file =
                write(
                        "fetch:\n  politeness-delay: 250ms\n  max-redirects: 3\nkafka:\n  bootstrap-servers: file:9092\n");
        Root root =
                binder.load(
                        Optional.of(file),
                        Map.of(
                                "CLAIMTRACK_KAFKA_BOOTSTRAP_SERVERS", "env:9092",
                                "CLAIMTRACK_FETCH_TAGS", "news, politics",
                                "CLAIMTRACK_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SSL",
                                "PATH", "/usr/bin"));
        assertThat(root.fetch().politenessDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(root.fetch().maxRedirects()).isEqualTo(3);
        assertThat(root.fetch().tags()).containsExactly("news", "politics");
        assertThat(root.kafka().bootstrapServers()).isEqualTo("env:9092");
        assertThat(root.kafka().properties()).containsEntry("security.protocol", "SSL");
    }

    @Test
    void everyBadKeyIsNamedAtOnce() throws Exception {
        Path file = write("fetch:\n  politnes-delay: 1s\n  colour: red\nkafak:\n  x: 1\n");
        assertThatThrownBy(() -> binder.load(Optional.of(file), Map.of("CLAIMTRACK_NOPE", "1")))
                .isInstanceOf(ConfigException.class)
                .satisfies(
                        e -> {
                            List<String> problems = ((ConfigException) e).problems();
                            assertThat(problems).hasSize(4);
                            assertThat(problems)
                                    .anySatisfy(
                                            p ->
                                                    assertThat(p)
                                                            .contains("fetch.politnes-delay")
                                                            .contains("politeness-delay"))
                                    .anySatisfy(p -> assertThat(p).contains("fetch.colour"))
                                    .anySatisfy(
                                            p ->
                                                    assertThat(p)
                                                            .contains("'kafak'")
                                                            .contains("did you mean 'kafka'"))
                                    .anySatisfy(p -> assertThat(p).contains("CLAIMTRACK_NOPE"));
                        });
    }

    @Test
    void badValuesAreReportedPerSection() throws Exception {
        Path file = write("fetch:\n  max-redirects: -1\nkafka:\n  bootstrap-servers: ''\n");
        assertThatThrownBy(() -> binder.load(Optional.of(file), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("fetch.max-redirects must be >= 0")
                .hasMessageContaining("kafka.bootstrap-servers");
    }

    @Test
    void malformedYamlAndMissingFileAreClearErrors() throws Exception {
        Path broken = write("fetch: [unclosed\n");
        assertThatThrownBy(() -> binder.load(Optional.of(broken), Map.of()))
                .hasMessageContaining("is not valid YAML");
        assertThatThrownBy(() -> binder.load(Optional.of(dir.resolve("nope.yaml")), Map.of()))
                .hasMessageContaining("does not exist");
    }

    @Test
    void durationsAcceptShortAndIsoForms() {
        assertThat(ConfigBinder.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(ConfigBinder.parseDuration("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(ConfigBinder.parseDuration("PT2M")).isEqualTo(Duration.ofMinutes(2));
        assertThat(ConfigBinder.parseDuration("soon")).isNull();
    }

    @Test
    void keysAndEnvironmentNamesAreDerivedFromTheRecords() {
        assertThat(binder.keys()).containsKeys("kafka.bootstrap-servers", "fetch.politeness-delay");
        assertThat(ConfigBinder.envName("fetch.politeness-delay"))
                .isEqualTo("CLAIMTRACK_FETCH_POLITENESS_DELAY");
        assertThat(binder.isKnownEnv("CLAIMTRACK_KAFKA_PROPERTIES_ACKS")).isTrue();
        assertThat(binder.isKnownEnv("CLAIMTRACK_FETCH_COLOUR")).isFalse();
    }

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("claimtrack.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
