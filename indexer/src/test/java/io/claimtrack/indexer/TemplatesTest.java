package io.claimtrack.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrack.config.ElasticsearchSettings;
import io.claimtrack.model.json.Json;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    private final ElasticsearchSettings es =
            new ElasticsearchSettings("http://localhost:9200", "ct", 2, null, null);

    @Test
    void everyKindHasATemplateWithItsPatternAndSharedSettings() throws Exception {
        for (IndexKind kind : IndexKind.values()) {
            JsonNode t = Json.mapper().readTree(Templates.indexTemplate(kind, es));
            assertThat(t.path("index_patterns").get(0).asText())
                    .isEqualTo("ct-" + kind.suffix() + "-*");
            assertThat(t.path("composed_of").get(0).asText()).isEqualTo("ct-settings");
            assertThat(t.path("template").path("mappings").path("properties").has("id"))
                    .as(kind + " maps id")
                    .isTrue();
        }
        JsonNode settings = Json.mapper().readTree(Templates.settings(es));
        assertThat(settings.at("/template/settings/number_of_replicas").asInt()).isEqualTo(2);
    }

    @Test
    void claimsKeepOccurrencesNestedAndNamesSearchableAndFilterable() throws Exception {
        JsonNode props =
                Json.mapper()
                        .readTree(Templates.indexTemplate(IndexKind.CLAIMS, es))
                        .at("/template/mappings/properties");
        assertThat(props.at("/occurrences/type").asText()).isEqualTo("nested");
        assertThat(props.at("/speaker/type").asText()).isEqualTo("text");
        assertThat(props.at("/speaker/fields/keyword/type").asText()).isEqualTo("keyword");
        assertThat(props.at("/firstSeen/type").asText()).isEqualTo("date");
    }
}
