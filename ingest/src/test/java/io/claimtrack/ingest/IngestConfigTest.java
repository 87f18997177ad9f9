package io.claimtrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimtrack.config.ConfigBinder;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void defaultsAreThePoliteProductionSettings() {
        IngestConfig c = IngestConfig.defaults();
        assertThat(c.userAgent()).isEqualTo("claimtrack/0.1 (+https://github.com/claimtrack)");
        assertThat(c.politenessDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(c.maxRedirects()).isEqualTo(5);
        assertThat(c.allowPrivate()).isFalse();
    }

    @Test
    void everyBadValueIsNamedWithItsLimit() {
        assertThatThrownBy(() -> IngestConfig.defaults().withFetchThreads(0))
                .hasMessageContaining("ingest.fetch-threads must be within 1..512, was 0");
        assertThatThrownBy(() -> IngestConfig.defaults().withMaxBodyBytes(10))
                .hasMessageContaining(
                        "ingest.max-body-bytes must be within 1 KiB..512 MiB, was 10");
        assertThatThrownBy(
                        () ->
                                IngestConfig.defaults()
                                        .withTimeouts(Duration.ZERO, Duration.ofSeconds(-1)))
                .hasMessageContaining("ingest.connect-timeout must be > 0")
                .hasMessageContaining("ingest.request-timeout must be > 0");
    }

    /**
     * The lead's binder reads kebab-case keys and CLAIMTRACK_INGEST_* variables onto this record.
     */
    record Root(IngestConfig ingest) {}

    @Test
    void bindsFromEnvironmentThroughTheSharedBinder() {
        var binder = new ConfigBinder<>(Root.class, new Root(IngestConfig.defaults()));
        Root r =
                binder.load(
                        Optional.empty(),
                        Map.of(
                                "CLAIMTRACK_INGEST_SOURCES_FILE", "/config/sources.yaml",
                                "CLAIMTRACK_INGEST_POLITENESS_DELAY", "2s",
                                "CLAIMTRACK_INGEST_ALLOW_PRIVATE", "true"));
        assertThat(r.ingest().sourcesFile()).isEqualTo("/config/sources.yaml");
        assertThat(r.ingest().politenessDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(r.ingest().allowPrivate()).isTrue();
    }
}
