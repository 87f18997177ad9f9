package io.claimtrack.indexer;

import io.claimtrack.config.ElasticsearchSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The index templates shipped as JSON resources, with the deployment's names filled in ({@code
 * {{prefix}}}, {@code {{index}}}, {@code {{replicas}}}).
 */
public final class Templates {
    static final String SETTINGS_RESOURCE = "/io/claimtrack/indexer/templates/settings.json";

    private Templates() {}

    /** Name of the shared settings component template. */
    public static String settingsName(ElasticsearchSettings es) {
        return es.indexPrefix() + "-settings";
    }

    /** The shared settings component template body. */
    public static String settings(ElasticsearchSettings es) {
        return render(SETTINGS_RESOURCE, vars(es, ""));
    }

    /** The composable index template body of {@code kind}. */
    public static String indexTemplate(IndexKind kind, ElasticsearchSettings es) {
        return render(kind.templateResource(), vars(es, es.index(kind.suffix())));
    }

    private static Map<String, String> vars(ElasticsearchSettings es, String index) {
        return Map.of(
                "prefix", es.indexPrefix(),
                "index", index,
                "replicas", Integer.toString(es.replicas()));
    }

    private static String render(String resource, Map<String, String> vars) {
        String text = read(resource);
        for (var e : vars.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        if (text.contains("{{")) {
            throw new IllegalStateException("unfilled placeholder in " + resource);
        }
        return text;
    }

    private static String read(String resource) {
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
