package io.claimtrack.streams;

import io.claimtrack.extract.statement.Attribution;
import io.claimtrack.extract.statement.Entity;
import io.claimtrack.extract.statement.Extraction;
import io.claimtrack.extract.statement.Rebuttal;
import io.claimtrack.extract.statement.Speaker;
import io.claimtrack.extract.statement.StatementExtractor;
import io.claimtrack.model.Article;
import io.claimtrack.model.EntityRef;
import io.claimtrack.model.Ids;
import io.claimtrack.model.SpeakerRef;
import io.claimtrack.model.Statement;
import io.claimtrack.model.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps the statement extractor's output for one article onto {@link Statement} records. */
final class StatementMapper {
    private static final int CONTEXT = 300;

    private StatementMapper() {}

    static List<EntityRef> entities(Extraction x) {
        List<EntityRef> out = new ArrayList<>(x.entities().size());
        for (Entity e : x.entities()) {
            out.add(new EntityRef(e.name(), e.type(), e.aliases()));
        }
        return out;
    }

    /** One statement per occurrence, with the in-article rebuttals as statement ids. */
    static List<Statement> statements(Article a, Extraction x) {
        List<EntityRef> entities = entities(x);
        List<List<String>> rebuts = new ArrayList<>(x.statements().size());
        x.statements().forEach(s -> rebuts.add(new ArrayList<>()));
        for (Rebuttal r : x.rebuttals()) {
            if (r.from() >= 0
                    && r.from() < rebuts.size()
                    && r.to() >= 0
                    && r.to() < rebuts.size()) {
                rebuts.get(r.from()).add(Ids.statementId(a.id(), r.to()));
            }
        }
        List<Statement> out = new ArrayList<>(x.statements().size());
        for (int i = 0; i < x.statements().size(); i++) {
            Attribution s = x.statements().get(i);
            out.add(
                    new Statement(
                            Statement.SCHEMA,
                            Ids.statementId(a.id(), i),
                            a.id(),
                            a.url(),
                            a.outlet(),
                            a.sourceId(),
                            a.published(),
                            s.quote(),
                            StatementKind.valueOf(s.kind().name()),
                            s.cue(),
                            s.start(),
                            s.end(),
                            speaker(s.speaker(), s.official()),
                            s.official(),
                            mentioned(entities, context(a.text(), s.start(), s.end())),
                            rebuts.get(i),
                            a.language(),
                            StatementExtractor.VERSION));
        }
        return out;
    }

    /** The sentences around {@code [start, end)}: where a rebuttal names whom it answers. */
    static String context(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        int from = s;
        while (from > 0 && s - from < CONTEXT && !sentenceEnd(text, from - 1)) {
            from--;
        }
        int to = e;
        while (to < text.length() && to - e < CONTEXT && !sentenceEnd(text, to)) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1)).strip();
    }

    private static boolean sentenceEnd(String text, int i) {
        char c = text.charAt(i);
        return c == '\n'
                || ((c == '.' || c == '!' || c == '?')
                        && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))));
    }

    private static List<EntityRef> mentioned(List<EntityRef> entities, String context) {
        String lower = context.toLowerCase(Locale.ROOT);
        List<EntityRef> out = new ArrayList<>();
        for (EntityRef e : entities) {
            if (contains(lower, e.name())
                    || e.aliases().stream().anyMatch(x -> contains(lower, x))) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean contains(String lowerText, String name) {
        return name != null && !name.isBlank() && lowerText.contains(name.toLowerCase(Locale.ROOT));
    }

    private static SpeakerRef speaker(Speaker s, boolean official) {
        if (s == null) {
            return null;
        }
        return new SpeakerRef(
                s.name(), s.mention(), s.start(), s.end(), s.role(), s.type(), official);
    }
}
