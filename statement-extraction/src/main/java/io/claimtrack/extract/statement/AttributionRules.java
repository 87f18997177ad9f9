package io.claimtrack.extract.statement;

import java.util.List;
import java.util.Set;

/**
 * The attribution rules for one sentence: a cue with its speaker before ("Tatoyan said that ...",
 * "the statement reads") or after ("said Tatoyan"), content after the cue or before the speaker,
 * "according to X", and quotes that continue the previous speaker.
 */
final class AttributionRules {

    private static final Set<String> OBJECT_CUES =
            Set.of(
                    "told",
                    "tells",
                    "tell",
                    "telling",
                    "asked",
                    "asks",
                    "informed",
                    "notified",
                    "warned",
                    "urged",
                    "assured",
                    "reminded");
    private static final Set<String> ISSUE_VERBS =
            Set.of("released", "issued", "published", "sent", "posted", "put", "adopted");

    private final Lexicon lex;
    private final String text;
    private final SpeakerFinder finder;
    private final Document doc;

    AttributionRules(Lexicon lex, String text, Document doc) {
        this.lex = lex;
        this.text = text;
        this.finder = new SpeakerFinder(lex, text);
        this.doc = doc;
    }

    /** Adds the statements of sentence {@code [a, b)} of {@code ts} to the document. */
    void sentence(List<Token> ts, int a, int b, int paragraph) {
        int used = a;
        boolean any = false;
        Mention last = null;
        for (int i = a; i < b; i++) {
            Token t = ts.get(i);
            if (i < used || t.inQuote() || !t.isWord()) {
                continue;
            }
            noteIssuer(ts, a, i);
            int[] hit = cueAt(ts, i, b);
            if (hit == null) {
                continue;
            }
            Found f = attempt(ts, a, b, i, hit, used, last, paragraph);
            if (f != null) {
                doc.found.add(f);
                any = true;
                last = f.speaker();
                used = Math.max(i + hit[0], tokenAfter(ts, f.end(), i, b));
                i = used - 1;
            }
        }
        if (!any) {
            continuation(ts, a, b, paragraph);
        }
    }

    /** {length in tokens, flags: 1 document-only, 2 needs a quote, 4 "according to"} or null. */
    private int[] cueAt(List<Token> ts, int i, int b) {
        String w = ts.get(i).lower();
        if (w.equals("according") && i + 1 < b && ts.get(i + 1).is("to")) {
            return new int[] {2, 4};
        }
        List<Lexicon.Cue> cues = lex.cuesByFirstWord.get(w);
        if (cues == null) {
            return null;
        }
        for (Lexicon.Cue c : cues) {
            int n = c.words().size();
            if (i + n > b) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                Token x = ts.get(i + k);
                ok = !x.inQuote() && x.is(c.words().get(k));
            }
            if (ok) {
                return new int[] {n, (c.documentOnly() ? 1 : 0) | (c.needsQuote() ? 2 : 0)};
            }
        }
        return null;
    }

    private Found attempt(
            List<Token> ts, int a, int b, int i, int[] hit, int used, Mention last, int para) {
        int ce = i + hit[0];
        String cue = text.substring(ts.get(i).start(), ts.get(ce - 1).end());
        if ((hit[1] & 4) != 0) {
            return accordingTo(ts, a, b, i, ce, used, para, cue);
        }
        Mention sp = finder.before(ts, i, Math.max(a, used));
        if ((hit[1] & 1) != 0 && (sp == null || !isDocument(sp))) {
            return null;
        }
        int[] content;
        if (sp != null) {
            int cs = contentStart(ts, ce, b, OBJECT_CUES.contains(ts.get(i).lower()));
            int before = words(ts, Math.max(a, used), sp.from());
            boolean tail = cs >= b || words(ts, cs, b) < 3 || ts.get(cs).text().equals(",");
            if (tail && before >= 2) {
                content = new int[] {Math.max(a, used), sp.from()};
            } else if (words(ts, cs, b) >= 2) {
                content = new int[] {cs, b};
            } else {
                return null;
            }
        } else if (i > a && invertedAt(ts, i - 1)) {
            sp = finder.after(ts, ce, b);
            if (sp == null && last != null && ts.get(i).lower().endsWith("ing")) {
                return participle(ts, b, ce, cue, last, para);
            }
            if (sp == null) {
                return null;
            }
            content = new int[] {Math.max(a, used), i};
        } else {
            return null;
        }
        return build(ts, content, cue, sp, para, hit[1], prefix(ts, a, sp));
    }

    private Found participle(List<Token> ts, int b, int ce, String cue, Mention last, int para) {
        int cs = contentStart(ts, ce, b, false);
        return words(ts, cs, b) < 3 ? null : build(ts, new int[] {cs, b}, cue, last, para, 0, null);
    }

    private Found accordingTo(
            List<Token> ts, int a, int b, int i, int ce, int used, int para, String cue) {
        Mention sp = finder.after(ts, ce, b);
        if (sp == null) {
            return null;
        }
        int lo = Math.max(a, used);
        boolean initial = words(ts, lo, i) <= 1;
        int[] content = initial ? new int[] {sp.to() + 1, b} : new int[] {lo, i};
        return build(ts, content, cue, sp, para, 0, null);
    }

    private Found build(
            List<Token> ts, int[] c, String cue, Mention sp, int para, int flags, String prefix) {
        int from = c[0];
        int to = c[1];
        while (from < to && isTrim(ts.get(from), true)) {
            from++;
        }
        while (to > from && isTrim(ts.get(to - 1), false)) {
            to--;
        }
        if (words(ts, from, to) < 2) {
            return null;
        }
        Kind kind = kind(ts, from, to);
        if ((flags & 2) != 0 && kind == Kind.INDIRECT) {
            return null;
        }
        return new Found(
                ts.get(from).start(), ts.get(to - 1).end(), kind, cue, sp, false, para, prefix);
    }

    private void continuation(List<Token> ts, int a, int b, int para) {
        if (a >= b || !ts.get(a).inQuote() || !Sentences.isMark(ts.get(a)) || doc.found.isEmpty()) {
            return;
        }
        for (int k = a; k < b; k++) {
            if (ts.get(k).isWord() && !ts.get(k).inQuote()) {
                return;
            }
        }
        Found prev = doc.found.get(doc.found.size() - 1);
        if (para - prev.paragraph() > 1 || words(ts, a, b) < 3) {
            return;
        }
        int to = b;
        while (to > a && !ts.get(to - 1).inQuote()) {
            to--;
        }
        doc.found.add(
                new Found(
                        ts.get(a).start(),
                        ts.get(to - 1).end(),
                        Kind.DIRECT,
                        null,
                        null,
                        true,
                        para,
                        null));
    }

    /** Remembers "X released a statement" so that "the statement reads" can name X. */
    private void noteIssuer(List<Token> ts, int a, int i) {
        if (!ISSUE_VERBS.contains(ts.get(i).lower())) {
            return;
        }
        for (int k = i + 1; k < Math.min(ts.size(), i + 4); k++) {
            String w = ts.get(k).lower();
            if (lex.documentSpeakers.contains(w)) {
                Mention sp = finder.before(ts, i, a);
                if (sp != null) {
                    doc.issuers.add(new Document.Issuer(ts.get(i).start(), sp, w));
                }
                return;
            }
        }
    }

    private int contentStart(List<Token> ts, int ce, int b, boolean object) {
        int limit = Math.min(b, ce + (object ? 8 : 6));
        for (int k = ce; k < limit; k++) {
            Token t = ts.get(k);
            if (t.inQuote() || t.text().equals(",") && k > ce) {
                break;
            }
            if (t.is("that") || t.text().equals(":")) {
                return k + 1;
            }
        }
        if (object && ce < b && !ts.get(ce).inQuote()) {
            int k = ce;
            while (k < b
                    && k < ce + 3
                    && ts.get(k).isWord()
                    && !lex.pronouns.containsKey(ts.get(k).lower())) {
                k++;
            }
            return k;
        }
        return ce;
    }

    private boolean invertedAt(List<Token> ts, int k) {
        Token p = ts.get(k);
        return p.text().equals(",") || p.inQuote() && Sentences.isMark(p) || p.text().equals("—");
    }

    private boolean isDocument(Mention sp) {
        String s = Lexicon.lower(sp.text());
        for (String d : lex.documentSpeakers) {
            if (s.endsWith(" " + d) || s.equals(d)) {
                return true;
            }
        }
        return false;
    }

    private String prefix(List<Token> ts, int a, Mention sp) {
        if (sp == null || sp.from() <= a || sp.from() - a > 20) {
            return null;
        }
        for (int k = a; k < sp.from(); k++) {
            if (ts.get(k).inQuote()) {
                return null;
            }
        }
        return finder.span(ts, a, sp.from() - 1);
    }

    private static Kind kind(List<Token> ts, int from, int to) {
        boolean anyQuoted = false;
        boolean allQuoted = true;
        for (int k = from; k < to; k++) {
            Token t = ts.get(k);
            if (t.isWord()) {
                anyQuoted |= t.inQuote();
                allQuoted &= t.inQuote();
            }
        }
        return allQuoted ? Kind.DIRECT : anyQuoted ? Kind.MIXED : Kind.INDIRECT;
    }

    private static boolean isTrim(Token t, boolean front) {
        String s = t.text();
        if (t.inQuote()) {
            return false;
        }
        return s.equals(",")
                || s.equals(":")
                || s.equals("—")
                || s.equals("-")
                || !front && (s.equals(".") || s.equals(";"));
    }

    private static int tokenAfter(List<Token> ts, int offset, int lo, int b) {
        for (int k = lo; k < b; k++) {
            if (ts.get(k).start() >= offset) {
                return k;
            }
        }
        return b;
    }

    static int words(List<Token> ts, int from, int to) {
        int n = 0;
        for (int k = Math.max(0, from); k < to && k < ts.size(); k++) {
            if (ts.get(k).isWord()) {
                n++;
            }
        }
        return n;
    }
}
