package io.claimtrack.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DevStackOptionsTest {
    @Test
    void defaultsUseFreePortsAndTheProjectWorkDir() {
        DevStackOptions options = DevStackOptions.defaults();

        assertThat(options.workDir()).isEqualTo(Path.of(".claimtrack", "devstack"));
        assertThat(options.kafkaPort()).isZero();
        assertThat(options.elasticsearchPort()).isZero();
        assertThat(options.minFreeDiskBytes()).isEqualTo(1024L * 1024 * 1024);
        assertThat(options.keepData()).isFalse();
    }

    @Test
    void withersChangeOneThing() {
        DevStackOptions options =
                DevStackOptions.defaults()
                        .withPorts(19092, 19200)
                        .withHeaps("512m", "1g")
                        .withStartTimeout(Duration.ofSeconds(5))
                        .withKeepData(true);

        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.elasticsearchPort()).isEqualTo(19200);
        assertThat(options.kafkaHeap()).isEqualTo("512m");
        assertThat(options.elasticsearchHeap()).isEqualTo("1g");
        assertThat(options.startTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.keepData()).isTrue();
    }

    @Test
    void invalidValuesNameTheOptionAndTheLimit() {
        var defaults = DevStackOptions.defaults();
        assertThatThrownBy(() -> defaults.withPorts(70000, 0))
                .hasMessage("kafkaPort must be 0 (free port) or 1..65535, was 70000");
        assertThatThrownBy(() -> defaults.withPorts(9200, 9200))
                .hasMessage("kafkaPort and elasticsearchPort must differ, both are 9200");
        assertThatThrownBy(() -> defaults.withHeaps("lots", "1g"))
                .hasMessage("kafkaHeap must look like 256m or 1g, was lots");
        assertThatThrownBy(() -> defaults.withStartTimeout(Duration.ZERO))
                .hasMessage("startTimeout must be positive, was PT0S");
        assertThatThrownBy(() -> defaults.withMinFreeDiskBytes(-1))
                .hasMessage("minFreeDiskBytes must be >= 0, was -1");
    }
}
