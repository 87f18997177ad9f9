package io.claimtrack.indexer;

import static io.claimtrack.indexer.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrack.model.Claim;
import io.claimtrack.model.Statement;
import io.claimtrack.model.json.Json;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentMapperTest {
    private static final Instant T0 = Instant.parse("2021-04-13T09:00:00Z");

    @Test
    void statementKeepsItsIdHasNoVersionAndFlattensEntityNames() throws Exception {
        Statement s = statement("Harbor Ledger", 1, 0, TATOYAN, TATOYAN_QUOTE, T0);
        MappedRecord mapped =
                DocumentMapper.map(
                        IndexKind.STATEMENTS, s.articleId(), Json.mapper().writeValueAsBytes(s));

        assertThat(mapped).isInstanceOf(MappedRecord.Upsert.class);
        IndexDocument doc = ((MappedRecord.Upsert) mapped).document();
        assertThat(doc.id()).isEqualTo(s.id());
        assertThat(doc.version()).isNull();
        JsonNode source = Json.mapper().readTree(doc.source());
        assertThat(source.path("speaker").path("name").asText()).isEqualTo("Arman Tatoyan");
        assertThat(source.path("published").asText()).isEqualTo("2021-04-13T09:00:00Z");
        assertThat(source.path("entityNames").toString())
                .isEqualTo("[\"Artsakh\",\"Nagorno-Karabakh\",\"Karabakh\",\"Baku\"]");
    }

    @Test
    void claimGetsDerivedFieldsAndAVersionThatGrowsWithEvidence() throws Exception {
        Claim one =
                claim(
                        "c-1",
                        TATOYAN,
                        TATOYAN_QUOTE,
                        List.of(occurrence("Valley Courier", 2, TATOYAN_QUOTE, T0.plusSeconds(60))),
                        List.of(),
                        List.of());
        Claim two =
                claim(
                        "c-1",
                        TATOYAN,
                        TATOYAN_QUOTE,
                        List.of(
                                occurrence("Valley Courier", 2, TATOYAN_QUOTE, T0.plusSeconds(60)),
                                occurrence("Harbor Ledger", 1, TATOYAN_QUOTE, T0)),
                        List.of("c-9"),
                        List.of());

        IndexDocument first = DocumentMapper.document(IndexKind.CLAIMS, "c-1", one);
        IndexDocument second = DocumentMapper.document(IndexKind.CLAIMS, "c-1", two);

        assertThat(second.version()).isGreaterThan(first.version());
        JsonNode source = Json.mapper().readTree(second.source());
        assertThat(source.path("outletCount").asInt()).isEqualTo(2);
        assertThat(source.path("firstOutlet").asText()).isEqualTo("Harbor Ledger");
        assertThat(source.path("disputed").asBoolean()).isTrue();
        assertThat(source.path("occurrences")).hasSize(2);
    }

    @Test
    void laterLastSeenBeatsMoreOccurrences() {
        assertThat(DocumentMapper.versioned(T0.plusMillis(1), 0))
                .isGreaterThan(DocumentMapper.versioned(T0, 999_999));
        assertThat(DocumentMapper.versioned(null, 3)).isNull();
    }

    @Test
    void unreadableBytesAndNewerSchemasAreInvalidNotThrown() throws Exception {
        assertThat(DocumentMapper.map(IndexKind.STATEMENTS, "k", "{not json".getBytes()))
                .isInstanceOf(MappedRecord.Invalid.class);

        Statement s = statement("Harbor Ledger", 1, 0, TATOYAN, TATOYAN_QUOTE, T0);
        String future =
                Json.mapper().writeValueAsString(s).replace("\"schema\":1", "\"schema\":99");
        MappedRecord mapped = DocumentMapper.map(IndexKind.STATEMENTS, "k", future.getBytes());
        assertThat(mapped).isInstanceOf(MappedRecord.Invalid.class);
        assertThat(((MappedRecord.Invalid) mapped).error()).hasMessageContaining("schema 99");
    }

    @Test
    void derivedFieldsAreSplicedIntoTheOriginalJson() {
        assertThat(
                        new String(
                                DocumentMapper.splice(
                                        "{\"a\":1} \n".getBytes(), "{\"b\":2}".getBytes())))
                .isEqualTo("{\"a\":1,\"b\":2}");
        assertThat(new String(DocumentMapper.splice("{ }".getBytes(), "{\"b\":2}".getBytes())))
                .isEqualTo("{ \"b\":2}");
    }

    @Test
    void tombstoneDeletesByKey() {
        assertThat(DocumentMapper.map(IndexKind.CLAIMS, "c-7", null))
                .isEqualTo(new MappedRecord.Delete(IndexKind.CLAIMS, "c-7"));
        assertThat(DocumentMapper.map(IndexKind.CLAIMS, null, null))
                .isInstanceOf(MappedRecord.Invalid.class);
    }
}
