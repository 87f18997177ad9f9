package io.claimtrack.indexer;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrack.config.ElasticsearchSettings;
import io.claimtrack.model.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks Kibana saved objects (NDJSON) against our index templates: every data view names one of
 * our aliases, its time field is a date, every field an aggregation or filter uses exists with a
 * type that aggregation accepts (and outside nested objects, which legacy visualizations cannot
 * reach), and every reference resolves.
 */
final class SavedObjectsChecker {
    private static final Set<String> NUMERIC = Set.of("integer", "long", "float", "double");
    private static final Set<String> EXACT =
            Set.of("keyword", "boolean", "integer", "long", "float", "double", "date");

    private final ElasticsearchSettings es;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, IndexKind> views = new HashMap<>();
    private final Set<String> visualizations = new HashSet<>();

    SavedObjectsChecker(String prefix) {
        this.es = ElasticsearchSettings.of("http://localhost:9200").withIndexPrefix(prefix);
    }

    List<String> check(String ndjson) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            if (!line.isBlank()) {
                objects.add(Json.mapper().readTree(line));
            }
        }
        objects.stream().filter(o -> type(o).equals("index-pattern")).forEach(this::dataView);
        for (JsonNode o : objects) {
            switch (type(o)) {
                case "visualization" -> visualization(o);
                case "index-pattern", "dashboard" -> {}
                default -> problems.add(o.path("id").asText() + ": unexpected type " + type(o));
            }
        }
        objects.stream().filter(o -> type(o).equals("dashboard")).forEach(this::dashboard);
        return problems;
    }

    private void dataView(JsonNode o) {
        String title = o.at("/attributes/title").asText();
        IndexKind kind = null;
        for (IndexKind k : IndexKind.values()) {
            if (es.index(k.suffix()).equals(title)) {
                kind = k;
            }
        }
        if (kind == null) {
            problems.add("data view " + title + " is not one of our aliases");
            return;
        }
        views.put(o.path("id").asText(), kind);
        String timeField = o.at("/attributes/timeFieldName").asText();
        expect(o, kind, timeField, Set.of("date"));
    }

    private void visualization(JsonNode o) throws IllegalStateException {
        visualizations.add(o.path("id").asText());
        IndexKind kind = null;
        for (JsonNode ref : o.path("references")) {
            IndexKind k = views.get(ref.path("id").asText());
            if (k == null) {
                problems.add(o.path("id").asText() + ": unknown data view " + ref.path("id"));
            }
            kind = kind == null ? k : kind;
        }
        if (kind == null) {
            return;
        }
        JsonNode state = parse(o.at("/attributes/visState").asText());
        for (JsonNode agg : state.path("aggs")) {
            String field = agg.at("/params/field").asText(null);
            if (field != null) {
                expect(o, kind, field, accepted(agg.path("type").asText()));
            }
        }
        JsonNode search =
                parse(o.at("/attributes/kibanaSavedObjectMeta/searchSourceJSON").asText());
        for (JsonNode filter : search.path("filter")) {
            expect(o, kind, filter.at("/meta/key").asText(), EXACT);
        }
    }

    private void dashboard(JsonNode o) {
        for (JsonNode ref : o.path("references")) {
            if (!visualizations.contains(ref.path("id").asText())) {
                problems.add("dashboard " + o.path("id").asText() + ": missing " + ref.path("id"));
            }
        }
        if (parse(o.at("/attributes/panelsJSON").asText()).size() != o.path("references").size()) {
            problems.add("dashboard " + o.path("id").asText() + ": panels and references differ");
        }
    }

    private static Set<String> accepted(String aggType) {
        return switch (aggType) {
            case "date_histogram" -> Set.of("date");
            case "histogram", "max", "min", "avg", "sum" -> NUMERIC;
            default -> EXACT;
        };
    }

    private void expect(JsonNode o, IndexKind kind, String field, Set<String> types) {
        Map<String, String> fields = fields(kind);
        String type = fields.get(field);
        String where = o.path("id").asText() + " (" + kind.suffix() + ")";
        if (type == null) {
            problems.add(where + ": field " + field + " is not mapped");
        } else if (!types.contains(type)) {
            problems.add(where + ": field " + field + " is " + type + ", need one of " + types);
        } else if (insideNested(fields, field)) {
            problems.add(where + ": field " + field + " is inside a nested object");
        }
    }

    private static boolean insideNested(Map<String, String> fields, String field) {
        for (int dot = field.indexOf('.'); dot > 0; dot = field.indexOf('.', dot + 1)) {
            if ("nested".equals(fields.get(field.substring(0, dot)))) {
                return true;
            }
        }
        return false;
    }

    /** Every mapped field path of {@code kind} with its type, multi-fields included. */
    Map<String, String> fields(IndexKind kind) {
        JsonNode props =
                parse(Templates.indexTemplate(kind, es)).at("/template/mappings/properties");
        Map<String, String> result = new HashMap<>();
        collect("", props, result);
        return result;
    }

    private static void collect(String prefix, JsonNode props, Map<String, String> out) {
        props.properties()
                .forEach(
                        e -> {
                            String path = prefix + e.getKey();
                            JsonNode def = e.getValue();
                            out.put(path, def.path("type").asText("object"));
                            def.path("fields")
                                    .properties()
                                    .forEach(
                                            f ->
                                                    out.put(
                                                            path + "." + f.getKey(),
                                                            f.getValue().path("type").asText()));
                            if (def.has("properties")) {
                                collect(path + ".", def.path("properties"), out);
                            }
                        });
    }

    private static String type(JsonNode o) {
        return o.path("type").asText();
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }
}
