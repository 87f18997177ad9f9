package io.claimtrack.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KibanaSavedObjectsTest {
    static final String RESOURCE = "/io/claimtrack/indexer/kibana/claimtrack.ndjson";

    @Test
    void everyReferencedFieldExistsInOurMappingsWithACompatibleType() throws Exception {
        String ndjson = read();

        assertThat(new SavedObjectsChecker("claimtrack").check(ndjson)).isEmpty();
        assertThat(ndjson)
                .contains(
                        "\"type\":\"dashboard\"",
                        "Claims over time",
                        "Top speakers",
                        "Official vs non-official",
                        "Most-carried claims",
                        "Disputed claims",
                        "Outlets per claim");
    }

    @Test
    void theCheckerCatchesAggregationsOnTextUnmappedAndNestedFields() throws Exception {
        String broken =
                read().replace(
                                "\"field\\\": \\\"speaker.name.keyword\\\"",
                                "\"field\\\": \\\"speaker.name\\\"")
                        .replace(
                                "\"field\\\": \\\"outletCount\\\", \\\"interval",
                                "\"field\\\": \\\"outletTotal\\\", \\\"interval")
                        .replace(
                                "\"field\\\": \\\"firstSeen\\\"",
                                "\"field\\\": \\\"occurrences.published\\\"");

        assertThat(new SavedObjectsChecker("claimtrack").check(broken))
                .anySatisfy(p -> assertThat(p).contains("speaker.name is text"))
                .anySatisfy(p -> assertThat(p).contains("outletTotal is not mapped"))
                .anySatisfy(
                        p -> assertThat(p).contains("occurrences.published is inside a nested"));
    }

    private static String read() throws Exception {
        try (InputStream in = KibanaSavedObjectsTest.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
