package io.claimtrack.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class TestStackTest {
    private static final BooleanSupplier NO_DOCKER = () -> false;
    private static final BooleanSupplier DOCKER = () -> true;
    private static final BooleanSupplier MUST_NOT_ASK =
            () -> {
                throw new AssertionError("Docker must not be probed when the env names a cluster");
            };

    @Test
    void bothVariablesSelectTheExternalClusterWithoutAskingDocker() {
        var choice =
                TestStack.choose(
                        Map.of(
                                TestStack.ENV_KAFKA, "kafka-1:9092,kafka-2:9092",
                                TestStack.ENV_ELASTICSEARCH, "http://es.test:9200/"),
                        MUST_NOT_ASK);

        assertThat(choice)
                .isEqualTo(
                        new TestStack.Choice.External(
                                new StackEndpoints(
                                        "kafka-1:9092,kafka-2:9092", "http://es.test:9200")));
    }

    @Test
    void onlyKafkaSetIsAClearError() {
        assertThatThrownBy(
                        () ->
                                TestStack.choose(
                                        Map.of(TestStack.ENV_KAFKA, "127.0.0.1:9092"), DOCKER))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining(
                        "CLAIMTRACK_TEST_KAFKA is set but CLAIMTRACK_TEST_ELASTICSEARCH is not");
    }

    @Test
    void onlyElasticsearchSetIsAClearError() {
        assertThatThrownBy(
                        () ->
                                TestStack.choose(
                                        Map.of(
                                                TestStack.ENV_ELASTICSEARCH,
                                                "http://127.0.0.1:9200"),
                                        DOCKER))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining(
                        "CLAIMTRACK_TEST_ELASTICSEARCH is set but CLAIMTRACK_TEST_KAFKA is not");
    }

    @Test
    void blankVariablesCountAsUnset() {
        var choice =
                TestStack.choose(
                        Map.of(TestStack.ENV_KAFKA, " ", TestStack.ENV_ELASTICSEARCH, ""),
                        NO_DOCKER);

        assertThat(choice).isInstanceOf(TestStack.Choice.Embedded.class);
    }

    @Test
    void aBadExternalUrlIsRejected() {
        assertThatThrownBy(
                        () ->
                                TestStack.choose(
                                        Map.of(
                                                TestStack.ENV_KAFKA, "k:9092",
                                                TestStack.ENV_ELASTICSEARCH, "es.test:9200"),
                                        NO_DOCKER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start with http:// or https://");
    }

    @Test
    void dockerSelectsContainersElseEmbedded() {
        assertThat(TestStack.choose(Map.of(), DOCKER))
                .isInstanceOf(TestStack.Choice.Containers.class);
        assertThat(TestStack.choose(Map.of("PATH", "/usr/bin"), NO_DOCKER))
                .isInstanceOf(TestStack.Choice.Embedded.class);
    }

    @Test
    void uniqueNamesAreDistinctLowercaseAndSafeForTopicsAndIndices() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            names.add(TestStack.uniqueName("Claims_V1 Index"));
        }

        assertThat(names).hasSize(200);
        assertThat(names).allMatch(n -> n.matches("claims-v1-index-[a-z0-9]+-[0-9]+"));
        assertThat(TestStack.uniqueName("--_Ünïcode!!")).matches("n-code-[a-z0-9]+-[0-9]+");
        assertThat(TestStack.uniqueName("")).matches("t-[a-z0-9]+-[0-9]+");
        assertThat(TestStack.uniqueName("x".repeat(300)).length()).isLessThan(120);
    }
}
