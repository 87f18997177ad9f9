package io.claimtrack.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real node given a deliberately tiny start timeout: a clear error, and nothing left behind. */
class NodeTimeoutIT {
    @TempDir Path dir;

    @Test
    void elasticsearchThatIsNotUpInTimeIsKilledAndExplained() {
        ElasticsearchNode node =
                new ElasticsearchNode(dir.resolve("es"), 0, "256m", JdkFinder.find());

        assertThatThrownBy(() -> node.start(Duration.ofMillis(400)))
                .isInstanceOf(DevStackException.class)
                .hasMessageStartingWith("The Elasticsearch node did not come up within 400 ms")
                .hasMessageContaining("a longer start timeout may help")
                .hasMessageContaining(dir.resolve("es").toAbsolutePath().toString());

        assertThat(node.isRunning()).isFalse();
        assertThatNoException().isThrownBy(() -> Ports.requireFree("test", node.port()));
    }

    @Test
    void kafkaThatIsNotUpInTimeIsKilledAndExplained() {
        KafkaNode node = new KafkaNode(dir.resolve("kafka"), 0, "256m", JdkFinder.find());

        assertThatThrownBy(() -> node.start(Duration.ofMillis(400)))
                .isInstanceOf(DevStackException.class)
                .hasMessageStartingWith("The Kafka broker did not come up within 400 ms")
                .hasMessageContaining(dir.resolve("kafka").toAbsolutePath().toString());

        assertThat(node.isRunning()).isFalse();
        assertThatNoException().isThrownBy(() -> Ports.requireFree("test", node.port()));
    }
}
