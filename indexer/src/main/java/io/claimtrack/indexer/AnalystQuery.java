package io.claimtrack.indexer;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimtrack.model.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The example questions analysts ask, as search bodies kept in JSON resources (the same text
 * docs/queries.md shows for curl), with {@code {{name}}} parameters filled in safely.
 */
public enum AnalystQuery {
    /** What did a speaker say about a topic in the last seven days (statements). */
    SAID_ABOUT_THIS_WEEK(IndexKind.STATEMENTS, "said-about-this-week", List.of("speaker", "topic")),
    /** Claims carried by the most outlets (claims). */
    MOST_CARRIED_CLAIMS(IndexKind.CLAIMS, "most-carried-claims", List.of()),
    /** Quotes carried by the most outlets, straight from statements (before linking). */
    MOST_CARRIED_QUOTES(IndexKind.STATEMENTS, "most-carried-quotes", List.of()),
    /** Who disputes whom: rebuttal links by speaker pair (claim links). */
    WHO_DISPUTES_WHOM(IndexKind.CLAIM_LINKS, "who-disputes-whom", List.of()),
    /** Statements by officials about a place, under any of its names (statements). */
    OFFICIAL_ABOUT_PLACE(IndexKind.STATEMENTS, "official-about-place", List.of("place")),
    /** The first outlet that carried a claim (claims, earliest nested occurrence). */
    FIRST_OUTLET(IndexKind.CLAIMS, "first-outlet", List.of("claim"));

    private final IndexKind kind;
    private final String file;
    private final List<String> parameters;

    AnalystQuery(IndexKind kind, String file, List<String> parameters) {
        this.kind = kind;
        this.file = file;
        this.parameters = parameters;
    }

    /** The index kind (alias {@code <prefix>-<kind>}) the query runs against. */
    public IndexKind kind() {
        return kind;
    }

    /** Parameter names the body needs. */
    public List<String> parameters() {
        return parameters;
    }

    /** The resource path of the body. */
    public String resource() {
        return "/io/claimtrack/indexer/queries/" + file + ".json";
    }

    /** The search body with {@code params} filled in as JSON string content. */
    public String body(Map<String, String> params) {
        String text = read(resource());
        for (String name : parameters) {
            String value = params.get(name);
            if (value == null) {
                throw new IllegalArgumentException(name() + " needs parameter '" + name + "'");
            }
            text = text.replace("{{" + name + "}}", jsonContent(value));
        }
        return text;
    }

    private static String jsonContent(String value) {
        try {
            String quoted = Json.mapper().writeValueAsString(value);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + value, e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = AnalystQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
