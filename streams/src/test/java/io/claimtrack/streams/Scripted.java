package io.claimtrack.streams;

import io.claimtrack.extract.statement.Attribution;
import io.claimtrack.extract.statement.Entity;
import io.claimtrack.extract.statement.Extraction;
import io.claimtrack.extract.statement.Kind;
import io.claimtrack.extract.statement.Rebuttal;
import io.claimtrack.extract.statement.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A scripted statement extractor: tests of the linking topology say exactly what extraction found,
 * so they do not depend on the extractor's heuristics of the day.
 */
final class Scripted implements Function<String, Extraction> {
    private final Map<String, Extraction> byText = new HashMap<>();

    /** Builds the text of an article and what extraction finds in it. */
    static final class Page {
        private final StringBuilder text = new StringBuilder();
        private final List<Attribution> statements = new ArrayList<>();
        private final List<Rebuttal> rebuttals = new ArrayList<>();
        private final List<Entity> entities = new ArrayList<>();

        Page prose(String s) {
            text.append(s).append(' ');
            return this;
        }

        /** Appends {@code before “quote” after} and records the quote by {@code speaker}. */
        Page quote(String before, String quote, String after, Speaker speaker, String cue) {
            text.append(before).append('“');
            int start = text.length();
            text.append(quote);
            int end = text.length();
            text.append('”').append(after).append(' ');
            statements.add(new Attribution(start, end, quote, Kind.DIRECT, cue, false, speaker));
            return this;
        }

        Page rebuttal(int from, int to) {
            rebuttals.add(new Rebuttal(from, to, "dismissed"));
            return this;
        }

        Page entity(String name, String type, String... aliases) {
            entities.add(new Entity(name, type, List.of(aliases)));
            return this;
        }

        String text() {
            return text.toString().strip();
        }

        Extraction extraction() {
            return new Extraction(statements, rebuttals, entities);
        }
    }

    static Speaker person(String name, String mention, String role) {
        return new Speaker(name, mention, null, null, role, "PERSON");
    }

    static Speaker org(String name, String mention) {
        return new Speaker(name, mention, null, null, null, "ORGANIZATION");
    }

    /** Registers the page and returns its text. */
    String add(Page page) {
        byText.put(page.text(), page.extraction());
        return page.text();
    }

    @Override
    public Extraction apply(String text) {
        if (text.contains("EXPLODE")) {
            throw new IllegalStateException("extractor failure on purpose");
        }
        return byText.getOrDefault(text, Extraction.empty());
    }
}
