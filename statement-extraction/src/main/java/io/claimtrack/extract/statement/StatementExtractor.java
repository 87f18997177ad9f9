package io.claimtrack.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts attributed statements from article text; thread-safe and reusable. */
public final class StatementExtractor {

    public static final String VERSION = "0.1.0";

    private static final Pattern QUOTE =
            Pattern.compile(
                    "[“\"]([^”\"]{1,2000})[”\"]\\s*,?\\s*(said|says)\\s+([A-Z][\\w.]+(?:\\s+[A-Z][\\w.]+)*)");

    public StatementExtractor() {}

    /** Extracts from {@code text}; never throws, empty input gives an empty result. */
    public Extraction extract(String text) {
        if (text == null || text.isBlank()) {
            return Extraction.empty();
        }
        try {
            List<Attribution> out = new ArrayList<>();
            Matcher m = QUOTE.matcher(text);
            while (m.find()) {
                Speaker sp =
                        new Speaker(m.group(3), m.group(3), m.start(3), m.end(3), null, "UNKNOWN");
                out.add(
                        new Attribution(
                                m.start(1),
                                m.end(1),
                                m.group(1),
                                Kind.DIRECT,
                                m.group(2),
                                false,
                                sp));
            }
            return new Extraction(out, List.of(), List.of());
        } catch (RuntimeException e) {
            return Extraction.empty();
        }
    }
}
