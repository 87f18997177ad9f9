package io.claimtrack.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrack.config.ConfigBinder;
import io.claimtrack.model.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** There is no Docker engine here, so the compose file is checked against the code instead. */
class DockerComposeTest {
    private static final Set<String> OUR_SERVICES =
            Set.of("ingest", "streams", "indexer", "feed", "topics-init");
    private static JsonNode compose;
    private static Path root;

    @BeforeAll
    static void parse() throws Exception {
        root = RepoRoot.find();
        // SnakeYAML, unlike Jackson's YAML parser, resolves anchors and merge keys as compose does.
        Object yaml = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        compose = Json.mapper().valueToTree(yaml);
    }

    @Test
    void hasTheWholeStack() {
        assertThat(names(compose.get("services")))
                .contains(
                        "kafka",
                        "elasticsearch",
                        "kibana",
                        "kibana-setup",
                        "topics-init",
                        "ingest",
                        "streams",
                        "indexer",
                        "feed");
    }

    @Test
    void everyImageIsPinned() {
        for (Map.Entry<String, JsonNode> s : services()) {
            String image = s.getValue().path("image").asText("");
            assertThat(image).as("service %s needs an image", s.getKey()).isNotBlank();
            String tag = image.substring(image.lastIndexOf('/') + 1);
            assertThat(tag)
                    .as("image of %s is pinned to a version", s.getKey())
                    .contains(":")
                    .doesNotEndWith(":latest");
        }
    }

    @Test
    void everyClaimtrackVariableIsAConfigKeyTheCodeReads() {
        ConfigBinder<ClaimtrackConfig> binder = ClaimtrackConfig.binder();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, JsonNode> s : services()) {
            if (!OUR_SERVICES.contains(s.getKey())) {
                continue;
            }
            JsonNode env = s.getValue().path("environment");
            assertThat(env.isObject()).as("%s has an environment mapping", s.getKey()).isTrue();
            for (String name : environmentNames(env)) {
                if (!binder.isKnownEnv(name)) {
                    unknown.add(s.getKey() + ": " + name);
                }
            }
            assertThat(environmentNames(env))
                    .as("%s is told where Kafka is", s.getKey())
                    .contains("CLAIMTRACK_KAFKA_BOOTSTRAP_SERVERS");
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void ourServicesRunTheSubCommandsTheCliHas() {
        Set<String> subcommands = Claimtrack.commandLine().getSubcommands().keySet();
        for (String service : OUR_SERVICES) {
            JsonNode command = compose.get("services").get(service).get("command");
            assertThat(subcommands).as("command of %s", service).contains(command.get(0).asText());
        }
    }

    @Test
    void ingestScalesOut() {
        JsonNode ingest = compose.get("services").get("ingest");
        assertThat(ingest.has("container_name")).as("a container_name prevents --scale").isFalse();
        assertThat(ingest.has("ports")).as("fixed host ports prevent --scale").isFalse();
        assertThat(ingest.path("depends_on").path("topics-init").path("condition").asText())
                .isEqualTo("service_completed_successfully");
    }

    @Test
    void dependenciesWaitForHealthyServers() {
        for (Map.Entry<String, JsonNode> s : services()) {
            for (Map.Entry<String, JsonNode> dep : entries(s.getValue().path("depends_on"))) {
                String condition = dep.getValue().path("condition").asText();
                assertThat(condition)
                        .as("%s waits for %s", s.getKey(), dep.getKey())
                        .isIn("service_healthy", "service_completed_successfully");
                if (condition.equals("service_healthy")) {
                    assertThat(compose.get("services").get(dep.getKey()).has("healthcheck"))
                            .as("%s has a healthcheck", dep.getKey())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void mountedFilesExistInTheRepository() {
        for (Map.Entry<String, JsonNode> s : services()) {
            for (JsonNode volume : s.getValue().path("volumes")) {
                String spec = volume.asText();
                if (spec.startsWith("./")) {
                    Path local = root.resolve(spec.substring(2, spec.indexOf(':')));
                    assertThat(Files.exists(local)).as("%s mounts %s", s.getKey(), local).isTrue();
                }
            }
        }
        String importCommand =
                compose.get("services").get("kibana-setup").get("command").toString();
        assertThat(importCommand).contains("claimtrack.ndjson");
    }

    private static Set<String> environmentNames(JsonNode env) {
        return names(env);
    }

    private static List<Map.Entry<String, JsonNode>> services() {
        return entries(compose.get("services"));
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        node.fields().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
