package io.claimtrack.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimtrack.config.ConfigBinder;
import io.claimtrack.config.ConfigException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the sources YAML ({@code sources: [ {id, name, type, url, ...} ]}) and reports every bad
 * key of every source at once, each named by its path ({@code sources[2].url}).
 */
public final class SourceLoader {
    private static final JsonMapper YAML = JsonMapper.builder(new YAMLFactory()).build();
    private static final Set<String> KEYS =
            Set.of(
                    "id",
                    "name",
                    "type",
                    "url",
                    "country",
                    "language",
                    "tags",
                    "poll-interval",
                    "politeness-delay",
                    "link-pattern",
                    "allow-private");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private SourceLoader() {}

    /** Loads and validates a sources file. */
    public static List<SourceConfig> load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(
                    file.toString(), List.of("cannot read sources file: " + e.getMessage()));
        }
        return parse(text, file.toString());
    }

    /** Parses and validates sources YAML; {@code origin} names it in messages. */
    public static List<SourceConfig> parse(String yaml, String origin) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new ConfigException(origin, List.of("not valid YAML: " + first));
        }
        List<String> problems = new ArrayList<>();
        List<SourceConfig> sources = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("sources");
        if (root == null || !root.isObject() || list == null || !list.isArray()) {
            throw new ConfigException(origin, List.of("the top level must be 'sources: [...]'"));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("sources")) {
                problems.add("unknown key '" + key + "' (known: sources)");
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            SourceConfig s = source("sources[" + i + "]", list.get(i), problems);
            if (s != null && !ids.add(s.id())) {
                problems.add("sources[" + i + "].id '" + s.id() + "' is used twice");
            }
            if (s != null) {
                sources.add(s);
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(origin, problems);
        }
        return List.copyOf(sources);
    }

    private static SourceConfig source(String path, JsonNode n, List<String> problems) {
        if (!n.isObject()) {
            problems.add(path + " must be a mapping");
            return null;
        }
        int before = problems.size();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                problems.add(
                        path
                                + "."
                                + key
                                + ": unknown key (known: "
                                + String.join(", ", KEYS.stream().sorted().toList())
                                + ")");
            }
        }
        String id = text(n, "id", path, problems, true);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(path + ".id '" + id + "' must match " + ID.pattern());
        }
        SourceType type = type(n, path, problems);
        URI url = url(n, path, problems);
        Duration poll = duration(n, "poll-interval", path, problems);
        Duration delay = duration(n, "politeness-delay", path, problems);
        Pattern pattern = pattern(n, path, problems);
        if (type == SourceType.SECTION && pattern == null && !n.has("link-pattern")) {
            problems.add(path + ".link-pattern is required for type section");
        }
        List<String> tags = tags(n, path, problems);
        JsonNode allow = n.get("allow-private");
        if (allow != null && !allow.isBoolean()) {
            problems.add(path + ".allow-private must be true or false");
        }
        if (problems.size() > before) {
            return null;
        }
        return new SourceConfig(
                id,
                text(n, "name", path, problems, false),
                type,
                url,
                text(n, "country", path, problems, false),
                text(n, "language", path, problems, false),
                tags,
                poll,
                delay,
                pattern,
                allow != null && allow.asBoolean());
    }

    private static String text(
            JsonNode n, String key, String path, List<String> problems, boolean required) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(path + "." + key + " is required");
            }
            return null;
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            problems.add(path + "." + key + " must be a non-blank string");
            return null;
        }
        return v.asText().trim();
    }

    private static SourceType type(JsonNode n, String path, List<String> problems) {
        String t = text(n, "type", path, problems, true);
        if (t == null) {
            return null;
        }
        try {
            String name = t.toUpperCase(Locale.ROOT);
            return SourceType.valueOf(name.equals("HOME") ? "HOMEPAGE" : name);
        } catch (IllegalArgumentException e) {
            problems.add(
                    path
                            + ".type '"
                            + t
                            + "' must be one of feed, sitemap, section, home (or homepage)");
            return null;
        }
    }

    private static URI url(JsonNode n, String path, List<String> problems) {
        String u = text(n, "url", path, problems, true);
        if (u == null) {
            return null;
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                problems.add(path + ".url '" + u + "' must be an absolute http(s) URL");
                return null;
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            problems.add(path + ".url '" + u + "' is not a URL: " + e.getReason());
            return null;
        }
    }

    private static Duration duration(JsonNode n, String key, String path, List<String> problems) {
        String d = text(n, key, path, problems, false);
        if (d == null) {
            return null;
        }
        Duration parsed = ConfigBinder.parseDuration(d);
        if (parsed == null || parsed.isNegative()) {
            problems.add(
                    path + "." + key + " '" + d + "' must be a duration such as 500ms, 30s, 5m");
            return null;
        }
        return parsed;
    }

    private static Pattern pattern(JsonNode n, String path, List<String> problems) {
        String p = text(n, "link-pattern", path, problems, false);
        if (p == null) {
            return null;
        }
        try {
            return Pattern.compile(p);
        } catch (PatternSyntaxException e) {
            problems.add(path + ".link-pattern is not a valid regex: " + e.getDescription());
            return null;
        }
    }

    private static List<String> tags(JsonNode n, String path, List<String> problems) {
        JsonNode v = n.get("tags");
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            problems.add(path + ".tags must be a list of strings");
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        v.forEach(t -> tags.add(t.asText()));
        return tags;
    }
}
