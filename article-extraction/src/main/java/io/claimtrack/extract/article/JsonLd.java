package io.claimtrack.extract.article;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article node of a page's JSON-LD (schema.org), read leniently; invalid blocks are ignored.
 */
final class JsonLd {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .enable(
                            JsonReadFeature.ALLOW_JAVA_COMMENTS,
                            JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                            JsonReadFeature.ALLOW_TRAILING_COMMA,
                            JsonReadFeature.ALLOW_SINGLE_QUOTES,
                            JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                    .build();

    private final JsonNode article;

    private JsonLd(JsonNode article) {
        this.article = article;
    }

    /** Finds the richest Article-like node among all ld+json scripts of {@code doc}. */
    static JsonLd of(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                flatten(MAPPER.readTree(script.data()), nodes, 0);
            } catch (Exception e) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        JsonNode best = null;
        int bestRank = 0;
        for (JsonNode n : nodes) {
            int rank = rank(n);
            if (rank > bestRank) {
                best = n;
                bestRank = rank;
            }
        }
        return new JsonLd(best);
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> flatten(c, out, depth + 1));
        } else if (n.isObject()) {
            out.add(n);
            flatten(n.get("@graph"), out, depth + 1);
            flatten(n.get("mainEntity"), out, depth + 1);
        }
    }

    private static int rank(JsonNode n) {
        String type = types(n);
        if (!(type.contains("article")
                || type.contains("blogposting")
                || type.contains("report")
                || type.contains("newsarticle"))) {
            return 0;
        }
        int rank = 1;
        rank += n.hasNonNull("headline") ? 2 : 0;
        rank += n.hasNonNull("articleBody") ? 4 : 0;
        rank += n.hasNonNull("datePublished") ? 1 : 0;
        rank += n.hasNonNull("author") ? 1 : 0;
        return rank;
    }

    private static String types(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return "";
        }
        return (t.isArray() ? t.toString() : t.asText()).toLowerCase(Locale.ROOT);
    }

    boolean present() {
        return article != null;
    }

    /** A top-level string field, or the first string of an array field. */
    String text(String field) {
        if (article == null) {
            return null;
        }
        return stringOf(article.get(field));
    }

    /** The {@code name} of a nested object field (publisher.name), or its string value. */
    String name(String field) {
        if (article == null) {
            return null;
        }
        JsonNode n = article.get(field);
        if (n != null && n.isArray() && !n.isEmpty()) {
            n = n.get(0);
        }
        if (n != null && n.isObject()) {
            return stringOf(n.get("name"));
        }
        return stringOf(n);
    }

    /** Author names: strings, Person objects, or arrays of them. */
    List<String> authors() {
        List<String> out = new ArrayList<>();
        if (article == null) {
            return out;
        }
        JsonNode a = article.get("author");
        if (a == null) {
            a = article.get("creator");
        }
        if (a == null) {
            return out;
        }
        for (JsonNode n : a.isArray() ? a : List.of(a)) {
            String name = n.isObject() ? stringOf(n.get("name")) : stringOf(n);
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }

    private static String stringOf(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : stringOf(n.get(0));
        }
        if (n.isObject()) {
            return null;
        }
        String s = n.asText().trim();
        return s.isEmpty() ? null : s;
    }
}
