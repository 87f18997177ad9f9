package io.claimtrack.extract.statement;

import java.util.List;
import java.util.Set;

/** Where reported content starts and ends around a cue, and what kind of statement it makes. */
final class ContentSpans {

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

    private final Lexicon lex;

    ContentSpans(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * The first content token after the cue ending before {@code ce}: after "that" or ":", after an
     * adjunct ("in a statement on Monday") or the object of "told"; {@code b} if nothing follows.
     */
    int start(List<Token> ts, int ce, int b, String cue) {
        if (ce >= b) {
            return b;
        }
        Token first = ts.get(ce);
        if (first.inQuote()) {
            return ce;
        }
        if (first.is("that") || first.text().equals(":")) {
            return ce + 1;
        }
        boolean object = OBJECT_CUES.contains(Lexicon.lower(cue));
        if (!object && !lex.adjuncts.contains(first.lower())) {
            return ce;
        }
        boolean adjunct = !object;
        for (int j = ce; j < Math.min(b, ce + 12); j++) {
            Token t = ts.get(j);
            if (t.inQuote() && !adjunct || t.text().equals(",")) {
                return j; // a quote inside an adjunct is a title: said on "Fox and Friends"
            }
            if (t.is("that") && j + 1 < b && relative(ts.get(j + 1))) {
                return b; // "told reporters after the meeting that was held on a boat"
            }
            if (t.is("that") || t.text().equals(":")) {
                return j + 1;
            }
            if (j > ce && t.lower().endsWith("ing") && lex.cuesByFirstWord.containsKey(t.lower())) {
                return b; // "said at a news conference announcing that ...": not this cue's content
            }
            if (object && j > ce && lex.pronouns.containsKey(t.lower())) {
                return j;
            }
            adjunct |= j > ce && lex.adjuncts.contains(t.lower());
        }
        return object && ce + 12 < b ? ce + 1 : b;
    }

    /** After "that", a verb means a relative clause, not reported content. */
    private boolean relative(Token next) {
        String w = next.lower();
        return !next.inQuote()
                && !next.isUpper()
                && (lex.auxiliaries.contains(w) && !w.equals("of") && !w.equals("and")
                        || w.endsWith("ed") && !lex.determiners.contains(w));
    }

    /**
     * The end of reported content starting at {@code from}: before a new clause or sentence part.
     */
    int end(List<Token> ts, int from, int b) {
        for (int k = from + 3; k < b; k++) {
            Token t = ts.get(k);
            if (k + 1 >= b) {
                break;
            }
            Token n = ts.get(k + 1);
            boolean closes = Sentences.isMark(t) && n.quote() != t.quote();
            if (t.inQuote() && !closes) {
                continue;
            }
            if (t.text().equals(";")) {
                return k;
            }
            if (closes
                    && k > from
                    && ts.get(k - 1).text().equals(",")
                    && !n.inQuote()
                    && n.isWord()
                    && n.lower().endsWith("ing")
                    && lex.cuesByFirstWord.containsKey(n.lower())) {
                return k + 1; // “more time on the stage,” adding that ...
            }
            if (t.text().equals(",") && (n.is("who") || n.is("which") || n.is("whose"))) {
                int close = relativeClauseEnd(ts, k + 1, b);
                if (close > 0) {
                    k = close; // "Al-Shkeir and Alhajj, who face trial, are not subject to ..."
                    continue;
                }
            }
            if (t.text().equals(",")
                    && !n.inQuote()
                    && n.isWord()
                    && (lex.clauseBreaks.contains(n.lower()) && !n.is("but")
                            || n.is("but")
                                    && k + 2 < b
                                    && (startsClause(ts.get(k + 2)) || ts.get(k + 2).isUpper())
                            || n.lower().endsWith("ing") && !n.isUpper() && !n.is("including")
                            || n.is("and") && k + 2 < b && startsClause(ts.get(k + 2)))) {
                return k;
            }
            if (t.is("and") && n.lower().endsWith("ly") && k + 2 < b) {
                n = ts.get(k + 2);
            }
            boolean verb =
                    !n.inQuote()
                            && n.isWord()
                            && !n.isUpper()
                            && (n.lower().endsWith("ed")
                                    || lex.cuesByFirstWord.containsKey(n.lower()));
            if ((t.is("but") || t.is("and")) && (verb || t.is("but") && startsClause(n))) {
                return k;
            }
        }
        return b;
    }

    /** The comma closing a relative clause that the main clause goes on after, or -1. */
    private int relativeClauseEnd(List<Token> ts, int from, int b) {
        for (int k = from; k < Math.min(b - 2, from + 30); k++) {
            Token t = ts.get(k);
            if (t.text().equals(",") && !t.inQuote()) {
                Token n = ts.get(k + 1);
                boolean verb =
                        n.isWord()
                                && !n.isUpper()
                                && (lex.auxiliaries.contains(n.lower())
                                        || lex.cueModifiers.contains(n.lower())
                                        || n.lower().endsWith("ed"));
                return verb ? k : -1;
            }
        }
        return -1;
    }

    private boolean startsClause(Token t) {
        String w = t.lower();
        return lex.pronouns.containsKey(w)
                || lex.determiners.contains(w)
                || lex.auxiliaries.contains(w);
    }

    /**
     * True when a cue word marked as also a noun is used as a noun here ("the claims", "states
     * in").
     */
    boolean nounUse(List<Token> ts, int i, int b) {
        if (i > 0 && lex.determiners.contains(ts.get(i - 1).lower())) {
            return true;
        }
        if (i + 1 < b) {
            String n = ts.get(i + 1).lower();
            return lex.auxiliaries.contains(n)
                    || n.equals("in")
                    || n.equals("on")
                    || n.equals("to")
                    || n.equals("from")
                    || n.equals("at")
                    || n.equals(")")
                    || n.equals("–");
        }
        return false;
    }

    /** A statement of tokens {@code [from, to)}, trimmed; null when too short or unquoted. */
    static Found found(
            List<Token> ts,
            int from,
            int to,
            String cue,
            Mention sp,
            int para,
            boolean needsQuote,
            String prefix) {
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
        if (needsQuote && kind == Kind.INDIRECT) {
            return null;
        }
        if (kind == Kind.MIXED && opensQuote(ts, from, to) && Sentences.isMark(ts.get(to - 1))) {
            kind = Kind.DIRECT; // a quote interrupted by its attribution
        }
        return new Found(
                ts.get(from).start(), ts.get(to - 1).end(), kind, cue, sp, false, para, prefix);
    }

    static Kind kind(List<Token> ts, int from, int to) {
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

    static boolean isTrim(Token t, boolean front) {
        String s = t.text();
        if (t.inQuote()) {
            return false;
        }
        return s.equals(",")
                || s.equals(":")
                || s.equals("—")
                || s.equals("-")
                || s.equals("―")
                || !front && (s.equals(".") || s.equals(";"));
    }

    static boolean opensQuote(List<Token> ts, int k, int b) {
        return k < b
                && ts.get(k).inQuote()
                && Sentences.isMark(ts.get(k))
                && (k == 0 || ts.get(k - 1).quote() != ts.get(k).quote());
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

    /** The first token of {@code [lo, b)} at or after {@code offset}. */
    static int tokenAt(List<Token> ts, int offset, int lo, int b) {
        for (int k = lo; k < b; k++) {
            if (ts.get(k).start() >= offset) {
                return k;
            }
        }
        return b;
    }
}
