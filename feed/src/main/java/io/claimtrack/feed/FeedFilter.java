package io.claimtrack.feed;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which rows a reader wants: the page applies the same rules in JavaScript (feed.js {@code
 * matches}); the server applies them to {@code /api/items}.
 *
 * @param speaker case-insensitive part of the speaker's name, or blank
 * @param outlet case-insensitive part of an outlet's name, or blank
 * @param text every whitespace-separated term must occur in the text, speaker, role, outlets or
 *     quotes
 * @param limit at most this many rows, newest first
 */
public record FeedFilter(
        String speaker,
        String outlet,
        boolean officialOnly,
        boolean disputedOnly,
        String text,
        int limit) {

    public static final int MAX_LIMIT = 200_000;

    public FeedFilter {
        speaker = normalise(speaker);
        outlet = normalise(outlet);
        text = normalise(text);
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException(
                    "limit must be 0 to " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Every row. */
    public static FeedFilter all() {
        return new FeedFilter("", "", false, false, "", MAX_LIMIT);
    }

    /** From query parameters {@code speaker, outlet, official, disputed, q, limit}. */
    public static FeedFilter fromQuery(Map<String, String> query) {
        String limit = query.getOrDefault("limit", "");
        int parsed;
        try {
            parsed = limit.isBlank() ? MAX_LIMIT : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a number, was '" + limit + "'", e);
        }
        return new FeedFilter(
                query.get("speaker"),
                query.get("outlet"),
                isTrue(query.get("official")),
                isTrue(query.get("disputed")),
                query.get("q"),
                parsed);
    }

    /** Whether the row passes every condition. */
    public boolean matches(FeedItem item) {
        if (officialOnly && !item.official()) {
            return false;
        }
        if (disputedOnly && !item.disputed()) {
            return false;
        }
        if (!speaker.isEmpty() && !contains(item.speaker(), speaker)) {
            return false;
        }
        if (!outlet.isEmpty() && item.outlets().stream().noneMatch(o -> contains(o, outlet))) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        String haystack = haystack(item);
        return Arrays.stream(text.split("\\s+")).allMatch(haystack::contains);
    }

    private static String haystack(FeedItem item) {
        StringBuilder b = new StringBuilder(item.text());
        b.append('\n').append(nullToEmpty(item.speaker()));
        b.append('\n').append(nullToEmpty(item.role()));
        item.outlets().forEach(o -> b.append('\n').append(o));
        item.occurrences().forEach(o -> b.append('\n').append(nullToEmpty(o.quote())));
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean contains(String value, String lowerNeedle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }

    private static String normalise(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static boolean isTrue(String value) {
        return value != null
                && List.of("1", "true", "yes", "on")
                        .contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
