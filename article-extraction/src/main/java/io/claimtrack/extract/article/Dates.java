package io.claimtrack.extract.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient date parsing for the formats news pages use; times without a zone are taken as UTC. */
final class Dates {

    private static final Pattern OFFSET_NO_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern URL_DATE =
            Pattern.compile(
                    "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|$)");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}(\\d{3})?");
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    private Dates() {}

    /** Parses {@code s}, or returns null when no known format fits. */
    static Instant parse(String s) {
        if (s == null) {
            return null;
        }
        String v = s.trim();
        if (v.isEmpty() || v.length() > 40) {
            return null;
        }
        if (EPOCH.matcher(v).matches()) {
            long n = Long.parseLong(v);
            return v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        }
        Instant rfc = tryRfc1123(v);
        if (rfc != null) {
            return rfc;
        }
        if (v.length() > 10 && v.charAt(10) == ' ') {
            v = v.substring(0, 10) + "T" + v.substring(11);
        }
        v = v.replace(" ", "");
        if (v.endsWith("UTC") || v.endsWith("GMT")) {
            v = v.substring(0, v.length() - 3) + "Z";
        }
        Matcher m = OFFSET_NO_COLON.matcher(v);
        if (v.contains("T") && m.find()) {
            v = v.substring(0, m.start()) + m.group(1) + ":" + m.group(2);
        }
        try {
            return OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            return LocalDateTime.parse(v, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v)
                    .atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant tryRfc1123(String v) {
        if (v.length() < 20 || !Character.isLetter(v.charAt(0))) {
            return null;
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date in the URL path such as /2024/03/02/ or /2024-03-02-, or null. */
    static Instant fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)))
                    .atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** {@code t} when it is plausible: not before 1990 and not after {@code now}. */
    static Instant plausible(Instant t, Instant now) {
        if (t == null || t.isAfter(now) || t.isBefore(EARLIEST)) {
            return null;
        }
        return t;
    }
}
