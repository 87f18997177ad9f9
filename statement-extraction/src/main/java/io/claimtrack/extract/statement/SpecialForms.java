package io.claimtrack.extract.statement;

import java.util.List;
import java.util.Set;

/**
 * Attribution forms outside the cue rules: quotes that continue the previous speaker or answer "X
 * reports:", "“...” ― Name" signatures, "Said Ellis:", and the issuers of statements.
 */
final class SpecialForms {

    private static final int MAX_INTERRUPTION = 8;
    private static final Set<String> ISSUE_VERBS =
            Set.of("released", "issued", "published", "sent", "posted", "put", "adopted");

    private final Lexicon lex;
    private final SpeakerFinder finder;
    private final Document doc;

    SpecialForms(Lexicon lex, SpeakerFinder finder, Document doc) {
        this.lex = lex;
        this.finder = finder;
        this.doc = doc;
    }

    /** "Said Ellis: “...”": a sentence that opens with the cue and the speaker. */
    Found saidName(List<Token> ts, int b, int ce, String cue, int para) {
        Mention sp = finder.after(ts, ce, b);
        if (sp == null) {
            return null;
        }
        int from = sp.to() + 1;
        return ContentSpans.found(ts, from, b, cue, sp, para, false, null);
    }

    /** "“...” ― Jane Doe": a quote signed with a dash and a name. */
    Found dash(List<Token> ts, int a, int b, int i, int para) {
        Token t = ts.get(i);
        if (!(t.text().equals("―") || t.text().equals("—")) || i == a) {
            return null;
        }
        Token prev = ts.get(i - 1);
        if (!prev.inQuote() || !Sentences.isMark(prev)) {
            return null;
        }
        Mention sp = finder.after(ts, i + 1, b);
        if (sp == null || !ts.get(i + 1).isUpper()) {
            return null;
        }
        int from = i - 1;
        while (from > a && ts.get(from - 1).quote() == prev.quote()) {
            from--;
        }
        return ContentSpans.found(ts, from, i, t.text(), sp, para, true, null);
    }

    /**
     * A sentence that is only a quote: the statement waiting after "X reports:", or a continuation.
     */
    void continuation(List<Token> ts, int a, int b, int para) {
        if (a >= b
                || !ContentSpans.opensQuote(ts, a, b)
                || doc.found.isEmpty() && doc.pending == null) {
            return;
        }
        for (int k = a; k < b; k++) {
            if (ts.get(k).isWord() && !ts.get(k).inQuote()) {
                return;
            }
        }
        Found pending = doc.pending;
        doc.pending = null;
        if (pending != null && para - pending.paragraph() <= 1) {
            int end = b;
            while (end > a && !ts.get(end - 1).inQuote()) {
                end--;
            }
            doc.found.add(
                    new Found(
                            ts.get(a).start(),
                            ts.get(end - 1).end(),
                            Kind.DIRECT,
                            pending.cue(),
                            pending.speaker(),
                            false,
                            para,
                            pending.prefix()));
            return;
        }
        Found prev = doc.found.get(doc.found.size() - 1);
        if (para - prev.paragraph() > 1 || ContentSpans.words(ts, a, b) < 3) {
            return;
        }
        int to = b;
        while (to > a && !ts.get(to - 1).inQuote()) {
            to--;
        }
        // "“A,” she said. “B.”": one attribution whose content is interrupted by a short cue
        int gap = ContentSpans.words(ts, ContentSpans.tokenAt(ts, prev.end(), 0, ts.size()), a);
        if (prev.paragraph() == para && gap <= MAX_INTERRUPTION && prev.kind() == Kind.DIRECT) {
            doc.found.set(
                    doc.found.size() - 1,
                    new Found(
                            prev.start(),
                            ts.get(to - 1).end(),
                            Kind.DIRECT,
                            prev.cue(),
                            prev.speaker(),
                            prev.continuation(),
                            para,
                            prev.prefix()));
            return;
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
    void noteIssuer(List<Token> ts, int a, int i) {
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
}
