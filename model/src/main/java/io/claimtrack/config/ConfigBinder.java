package io.claimtrack.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimtrack.model.json.Json;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Binds configuration onto typed records: defaults (the records' own), then a YAML file, then
 * {@code CLAIMTRACK_*} environment variables. Keys are kebab-case ({@code bootstrap-servers}); an
 * environment variable is the upper-case path joined by underscores ({@code
 * CLAIMTRACK_KAFKA_BOOTSTRAP_SERVERS}). Every unknown key and bad value is reported at once.
 */
public final class ConfigBinder<T extends Record> {
    /** Variables with this prefix are configuration. */
    public static final String ENV_PREFIX = "CLAIMTRACK_";

    /** Variables with the prefix that are not configuration keys (read by scripts and tests). */
    private static final List<String> RESERVED =
            List.of(
                    "CLAIMTRACK_CONFIG",
                    "CLAIMTRACK_JAVA_HOME",
                    "CLAIMTRACK_JVM_OPTS",
                    "CLAIMTRACK_HOME",
                    "CLAIMTRACK_LOG_",
                    "CLAIMTRACK_TEST_");

    private static final JsonMapper MAPPER =
            Json.mapper()
                    .rebuild()
                    .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .addModule(
                            new SimpleModule("claimtrack-config")
                                    .addDeserializer(Duration.class, new DurationDeserializer()))
                    .build();

    private static final JsonMapper YAML = JsonMapper.builder(new YAMLFactory()).build();

    private final Class<T> type;
    private final T defaults;
    private final Map<String, Type> leaves = new TreeMap<>();

    public ConfigBinder(Class<T> type, T defaults) {
        this.type = type;
        this.defaults = defaults;
        collectLeaves("", type);
    }

    /** The mapper used for configuration (kebab-case keys, lenient durations such as "1s"). */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Every configuration key as a dotted kebab-case path, with the Java type it binds to. */
    public Map<String, Type> keys() {
        return leaves;
    }

    /** Every key with its default as YAML would spell it ("" for none), for documentation. */
    public Map<String, String> defaultValues() {
        JsonNode tree = MAPPER.valueToTree(defaults);
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : leaves.keySet()) {
            JsonNode node = tree;
            for (String part : key.split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            out.put(
                    key,
                    node == null || node.isNull()
                            ? ""
                            : node.isValueNode() ? node.asText() : node.toString());
        }
        return out;
    }

    /** The environment variable that sets {@code key} (e.g. kafka.bootstrap-servers). */
    public static String envName(String key) {
        return ENV_PREFIX + key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** True when {@code name} is a variable this binder reads, including map entries. */
    public boolean isKnownEnv(String name) {
        return resolveEnv(name).isPresent();
    }

    /** Loads from an optional YAML file and the given environment. */
    public T load(Optional<Path> file, Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        ObjectNode tree = MAPPER.valueToTree(defaults);
        String source = file.map(Path::toString).orElse("defaults");
        if (file.isPresent()) {
            JsonNode fromFile = readYaml(file.get(), problems);
            if (fromFile != null && !fromFile.isMissingNode() && !fromFile.isNull()) {
                if (!fromFile.isObject()) {
                    problems.add(file.get() + ": the top level must be a mapping of sections");
                } else {
                    checkKeys("", type, fromFile, problems);
                    merge(tree, (ObjectNode) fromFile);
                }
            }
        }
        applyEnv(tree, env, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
        return bind(tree, source);
    }

    private T bind(ObjectNode tree, String source) {
        List<String> problems = new ArrayList<>();
        // Bind each section alone first, so one bad section does not hide another's problems.
        for (RecordComponent c : type.getRecordComponents()) {
            String key = kebab(c.getName());
            JsonNode node = tree.get(key);
            if (node == null) {
                continue;
            }
            try {
                JavaType jt = MAPPER.getTypeFactory().constructType(c.getGenericType());
                MAPPER.convertValue(node, jt);
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + rootMessage(e));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
        try {
            return MAPPER.convertValue(tree, type);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source, List.of(rootMessage(e)));
        }
    }

    private static JsonNode readYaml(Path file, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add("config file " + file + " does not exist or is not a file");
            return null;
        }
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            problems.add(
                    file + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
    }

    private void checkKeys(String path, Class<?> recordType, JsonNode node, List<String> problems) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent c : recordType.getRecordComponents()) {
            components.put(kebab(c.getName()), c);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String full = path.isEmpty() ? key : path + "." + key;
            RecordComponent c = components.get(key);
            if (c == null) {
                problems.add("unknown key '" + full + "'" + suggestion(key, components.keySet()));
            } else if (c.getType().isRecord() && node.get(key).isObject()) {
                checkKeys(full, c.getType(), node.get(key), problems);
            } else if (c.getType().isRecord() && !node.get(key).isNull()) {
                problems.add("'" + full + "' must be a mapping");
            }
        }
    }

    private void applyEnv(ObjectNode tree, Map<String, String> env, List<String> problems) {
        for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
            String name = e.getKey();
            if (!name.startsWith(ENV_PREFIX) || RESERVED.stream().anyMatch(name::startsWith)) {
                continue;
            }
            Optional<String[]> target = resolveEnv(name);
            if (target.isEmpty()) {
                problems.add("unknown environment variable " + name);
                continue;
            }
            String[] path = target.get();
            Type leafType = leaves.get(String.join(".", path));
            ObjectNode parent = tree;
            for (int i = 0; i < path.length - 1; i++) {
                JsonNode child = parent.get(path[i]);
                if (!(child instanceof ObjectNode)) {
                    child = parent.putObject(path[i]);
                }
                parent = (ObjectNode) child;
            }
            parent.set(path[path.length - 1], envValue(e.getValue(), leafType));
        }
    }

    private Optional<String[]> resolveEnv(String name) {
        for (Map.Entry<String, Type> leaf : leaves.entrySet()) {
            String key = leaf.getKey();
            String env = envName(key);
            if (env.equals(name)) {
                return Optional.of(key.split("\\."));
            }
            // A map-valued key takes any sub-key: CLAIMTRACK_KAFKA_PROPERTIES_SECURITY_PROTOCOL.
            if (isMap(leaf.getValue())
                    && name.startsWith(env + "_")
                    && name.length() > env.length() + 1) {
                String sub =
                        name.substring(env.length() + 1).toLowerCase(Locale.ROOT).replace('_', '.');
                String[] parts = key.split("\\.");
                String[] path = java.util.Arrays.copyOf(parts, parts.length + 1);
                path[parts.length] = sub;
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private static JsonNode envValue(String value, Type leafType) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (leafType != null && isCollection(leafType)) {
            ArrayNode array = f.arrayNode();
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    array.add(part.trim());
                }
            }
            return array;
        }
        return f.textNode(value);
    }

    private void collectLeaves(String prefix, Class<?> recordType) {
        for (RecordComponent c : recordType.getRecordComponents()) {
            String key = prefix.isEmpty() ? kebab(c.getName()) : prefix + "." + kebab(c.getName());
            if (c.getType().isRecord()) {
                collectLeaves(key, c.getType());
            } else {
                leaves.put(key, c.getGenericType());
            }
        }
    }

    private static void merge(ObjectNode target, ObjectNode overlay) {
        overlay.fields()
                .forEachRemaining(
                        e -> {
                            JsonNode existing = target.get(e.getKey());
                            if (existing instanceof ObjectNode o
                                    && e.getValue() instanceof ObjectNode v) {
                                merge(o, v);
                            } else {
                                target.set(e.getKey(), e.getValue());
                            }
                        });
    }

    private static boolean isMap(Type t) {
        Class<?> raw = raw(t);
        return raw != null && Map.class.isAssignableFrom(raw);
    }

    private static boolean isCollection(Type t) {
        Class<?> raw = raw(t);
        return raw != null && Collection.class.isAssignableFrom(raw);
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String suggestion(String key, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(key, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 3)
                ? " (did you mean '" + best + "'?)"
                : " (known: " + String.join(", ", known) + ")";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage());
        // Jackson appends the source location and reference chain; the first line says it all.
        int cut = m.indexOf("\n");
        return cut > 0 ? m.substring(0, cut) : m;
    }

    /**
     * Accepts ISO-8601 ("PT1S") and the short forms operators write ("500ms", "1s", "5m", "2h",
     * "7d").
     */
    static final class DurationDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null) {
                return Duration.ofMillis(p.getLongValue());
            }
            Duration d = parseDuration(text);
            if (d == null) {
                return (Duration)
                        ctxt.handleWeirdStringValue(
                                Duration.class,
                                text,
                                "expected a duration such as 500ms, 1s, 5m, 2h, 7d or PT1S");
            }
            return d;
        }
    }

    /** Parses "500ms", "1s", "5m", "2h", "7d" or ISO-8601; null when it is neither. */
    public static Duration parseDuration(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("p")) {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            }
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).trim()));
            }
            long n = Long.parseLong(s.substring(0, s.length() - 1).trim());
            return switch (s.charAt(s.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }
}
