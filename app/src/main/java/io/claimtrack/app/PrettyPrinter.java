package io.claimtrack.app;

import io.claimtrack.extract.statement.Attribution;
import io.claimtrack.extract.statement.Rebuttal;
import io.claimtrack.extract.statement.Speaker;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The human view of an extraction: one block per statement, speaker and role first. */
final class PrettyPrinter {
    private static final int WIDTH = 100;

    private PrettyPrinter() {}

    static void print(ExtractedDocument doc, PrintWriter out) {
        out.println("== " + doc.file() + (doc.title() == null ? "" : "  \"" + doc.title() + "\""));
        if (doc.statements().isEmpty()) {
            out.println("   (no statements found)");
        }
        List<Attribution> statements = doc.statements();
        for (int i = 0; i < statements.size(); i++) {
            Attribution a = statements.get(i);
            Speaker s = a.speaker();
            String who = s == null ? "(unknown speaker)" : s.name();
            String role = s == null || s.role() == null ? "" : ", " + s.role();
            String badge = a.official() ? " [official]" : "";
            out.printf(
                    Locale.ROOT,
                    "%3d  %s%s%s  (%s, cue: %s)%n",
                    i,
                    who,
                    role,
                    badge,
                    String.valueOf(a.kind()).toLowerCase(Locale.ROOT),
                    a.cue());
            out.println("     " + quoted(shorten(a.quote())));
        }
        for (Rebuttal r : doc.rebuttals()) {
            out.printf(Locale.ROOT, "     rebuttal: %d %s %d%n", r.from(), r.cue(), r.to());
        }
        if (!doc.entities().isEmpty()) {
            out.println(
                    "     entities: "
                            + String.join(
                                    ", ", doc.entities().stream().map(e -> e.name()).toList()));
        }
        out.println();
    }

    /** Quote marks around reported speech; a quote that carries its own marks keeps them. */
    private static String quoted(String s) {
        return s.startsWith("\u201c") || s.startsWith("\"") || s.startsWith("\u00ab")
                ? s
                : "\u201c" + s + "\u201d";
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= WIDTH * 2 ? one : one.substring(0, WIDTH * 2 - 1) + "\u2026";
    }
}
