package io.claimtrack.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/queries.md shows exactly the bodies the code and the IT run. */
class QueriesDocTest {
    static final Map<String, String> DOC_PARAMS =
            Map.of(
                    "speaker", "Arman Tatoyan",
                    "topic", "Armenophobia",
                    "place", "Karabakh",
                    "claim", "morbid Armenophobia");

    @Test
    void everyAnalystQueryAppearsVerbatimInTheDocs() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "queries.md"));
        for (AnalystQuery q : AnalystQuery.values()) {
            assertThat(doc).as(q.name()).contains(q.body(DOC_PARAMS).strip());
            assertThat(doc).contains("claimtrack-" + q.kind().suffix() + "/_search");
        }
    }
}
