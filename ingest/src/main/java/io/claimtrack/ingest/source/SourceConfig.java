package io.claimtrack.ingest.source;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One configured source: where to look for article URLs and how politely.
 *
 * @param language hint used when extraction cannot tell the language; may be null
 * @param pollInterval null means the service default
 * @param politenessDelay null means the service default; a larger value wins
 * @param linkPattern regex (find) over absolute link URLs; required for {@link SourceType#SECTION}
 * @param allowPrivate allow fetching loopback/private addresses for this source (demo, tests)
 */
public record SourceConfig(
        String id,
        String name,
        SourceType type,
        URI url,
        String country,
        String language,
        List<String> tags,
        Duration pollInterval,
        Duration politenessDelay,
        Pattern linkPattern,
        boolean allowPrivate) {

    public SourceConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        name = name == null ? id : name;
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (type == SourceType.SECTION && linkPattern == null) {
            throw new IllegalArgumentException("source " + id + ": a section needs link-pattern");
        }
    }

    /** A feed source with defaults, for code and tests. */
    public static SourceConfig feed(String id, URI url, boolean allowPrivate) {
        return of(id, SourceType.FEED, url, allowPrivate);
    }

    /** A source of any type with defaults (no link pattern). */
    public static SourceConfig of(String id, SourceType type, URI url, boolean allowPrivate) {
        return new SourceConfig(
                id, id, type, url, null, null, List.of(), null, null, null, allowPrivate);
    }

    /** A section source whose article links match {@code linkPattern}. */
    public static SourceConfig section(
            String id, URI url, String linkPattern, boolean allowPrivate) {
        return new SourceConfig(
                id,
                id,
                SourceType.SECTION,
                url,
                null,
                null,
                List.of(),
                null,
                null,
                Pattern.compile(linkPattern),
                allowPrivate);
    }

    public SourceConfig withPollInterval(Duration interval) {
        return new SourceConfig(
                id,
                name,
                type,
                url,
                country,
                language,
                tags,
                interval,
                politenessDelay,
                linkPattern,
                allowPrivate);
    }
}
