package io.claimtrack.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.config.ConfigBinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/configuration.md equal to what the code reads. Regenerate with {@code
 * -Dclaimtrack.regenerate=true} and read the diff.
 */
class ConfigurationDocTest {
    @Test
    void theDocumentListsEveryKeyWithItsVariableAndDefault() throws Exception {
        Path doc = RepoRoot.find().resolve("docs/configuration.md");
        String expected = render();
        if (Boolean.getBoolean("claimtrack.regenerate")) {
            Files.writeString(doc, expected);
        }
        assertThat(Files.readString(doc))
                .as(
                        "docs/configuration.md is out of date: run the test with -Dclaimtrack.regenerate=true")
                .isEqualTo(expected);
    }

    static String render() {
        ConfigBinder<ClaimtrackConfig> binder = ClaimtrackConfig.binder();
        StringBuilder md = new StringBuilder();
        md.append("# Configuration\n\n")
                .append(
                        "Generated from the code by `ConfigurationDocTest`; do not edit by hand.\n\n")
                .append(
                        "Defaults are built in. A YAML file (`--config FILE` or `CLAIMTRACK_CONFIG`) overrides them")
                .append(
                        " with the keys below (sections are YAML mappings: `kafka:` then `bootstrap-servers: ...`),")
                .append(
                        " and environment variables override the file. `kafka.properties.<name>` (variable")
                .append(
                        " `CLAIMTRACK_KAFKA_PROPERTIES_<NAME>`) passes any Kafka client property through. Durations")
                .append(
                        " take `500ms`, `1s`, `5m`, `2h`, `7d` or ISO-8601; lists take YAML lists or comma-separated")
                .append(
                        " variables. Every unknown key and bad value is reported at once at start-up.\n\n")
                .append("| key | environment variable | default |\n|---|---|---|\n");
        for (Map.Entry<String, String> e : binder.defaultValues().entrySet()) {
            String value = stable(e.getValue());
            md.append("| `")
                    .append(e.getKey())
                    .append("` | `")
                    .append(ConfigBinder.envName(e.getKey()))
                    .append("` | ")
                    .append(value.isEmpty() ? "" : "`" + value.replace("|", "\\|") + "`")
                    .append(" |\n");
        }
        return md.toString();
    }

    /** Machine-independent spelling: the temp dir by name, sets in sorted order. */
    private static String stable(String value) {
        String tmp = Path.of(System.getProperty("java.io.tmpdir")).toUri().toString();
        String v = value.replace(tmp, "<java.io.tmpdir>/");
        if (v.startsWith("[") && v.endsWith("]") && v.length() > 2) {
            String[] items = v.substring(1, v.length() - 1).split(",");
            java.util.Arrays.sort(items);
            v = "[" + String.join(",", items) + "]";
        }
        return v;
    }
}
