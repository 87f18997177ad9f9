package io.claimtrack.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrack.model.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalystQueryTest {
    private static final Map<String, String> PARAMS =
            Map.of(
                    "speaker", "Tatoyan",
                    "topic", "park",
                    "place", "Karabakh",
                    "claim", "the \"strength\" of our army");

    @Test
    void everyBodyIsJsonWithItsParametersFilledIn() throws Exception {
        for (AnalystQuery q : AnalystQuery.values()) {
            String body = q.body(PARAMS);
            assertThat(body).as(q.name()).doesNotContain("{{");
            assertThat(Json.mapper().readTree(body).isObject()).isTrue();
        }
        JsonNode first = Json.mapper().readTree(AnalystQuery.FIRST_OUTLET.body(PARAMS));
        assertThat(first.at("/query/bool/must/0/match/text/query").asText())
                .isEqualTo("the \"strength\" of our army");
    }

    @Test
    void aMissingParameterIsNamed() {
        assertThatThrownBy(() -> AnalystQuery.OFFICIAL_ABOUT_PLACE.body(Map.of()))
                .hasMessageContaining("'place'");
    }
}
