package io.claimtrack.extract.statement;

import java.util.List;
import java.util.Set;

/** Finds the speaker phrase just before or just after a cue, within one sentence's tokens. */
final class SpeakerFinder {

    private static final Set<String> CONNECTORS =
            Set.of("of", "for", "de", "al", "bin", "von", "van", "der", "la", "du", "del", "&");
    private static final Set<String> APPOSITION_OPENERS =
            Set.of("who", "which", "whose", "also", "now", "then", "currently", "former");

    private final Lexicon lex;
    private final String text;

    SpeakerFinder(Lexicon lex, String text) {
        this.lex = lex;
        this.text = text;
    }

    /** The phrase ending just before the cue at {@code cue}, not reaching before {@code lo}. */
    Mention before(List<Token> ts, int cue, int lo) {
        int j = cue - 1;
        while (j >= lo && !ts.get(j).inQuote()) {
            Token t = ts.get(j);
            boolean negated = t.lower().endsWith("n't") || t.lower().endsWith("n’t");
            if (!t.isUpper() && (negated || lex.cueModifiers.contains(t.lower()))) {
                j--;
            } else if (lex.timeWords.contains(t.lower()) && j - 1 >= lo && ts.get(j - 1).is("on")) {
                j -= 2;
            } else if (lex.timeWords.contains(t.lower())
                    && j - 1 >= lo
                    && !ts.get(j - 1).isUpper()) {
                j--;
            } else {
                break;
            }
        }
        if (j < lo) {
            return null;
        }
        if (ts.get(j).text().equals(",") && !ts.get(j).inQuote()) {
            return apposition(ts, j, lo);
        }
        if (ts.get(j).is("who") && j > lo) {
            // "the senator who said", "Smith, who said"
            int k = ts.get(j - 1).text().equals(",") ? j - 2 : j - 1;
            return endingAt(ts, k, lo);
        }
        return endingAt(ts, j, lo);
    }

    private Mention apposition(List<Token> ts, int comma, int lo) {
        for (int k = comma - 1; k > lo && k >= comma - 30; k--) {
            Token t = ts.get(k);
            if (t.inQuote()) {
                return null;
            }
            if (!t.text().equals(",")) {
                continue;
            }
            Token next = ts.get(k + 1);
            boolean opens =
                    APPOSITION_OPENERS.contains(next.lower())
                            || lex.determiners.contains(next.lower())
                            || lex.adjuncts.contains(next.lower())
                            || !next.isUpper() && next.lower().endsWith("ing")
                            || Character.isDigit(next.text().charAt(0))
                            || (comma - k - 1 <= 3 && next.isUpper());
            if (opens) {
                Mention m = endingAt(ts, k - 1, lo);
                if (m != null) {
                    return m.withDescriptor(span(ts, k + 1, comma - 1));
                }
            }
        }
        return null;
    }

    /** A noun phrase whose last token is {@code j}. */
    Mention endingAt(List<Token> ts, int j, int lo) {
        if (j < lo) {
            return null;
        }
        Token t = ts.get(j);
        if (t.inQuote()) {
            return null;
        }
        if (t.text().equals(")")) {
            int open = openParen(ts, j, lo);
            Mention m = open > lo ? endingAt(ts, open - 1, lo) : null;
            return m == null ? null : mention(ts, m.from(), j, m.descriptor());
        }
        if (!t.isWord()) {
            return null;
        }
        if (lex.pronouns.containsKey(t.lower())) {
            return mention(ts, j, j, null);
        }
        if (t.isUpper()) {
            return properName(ts, j, lo);
        }
        return commonNoun(ts, j, lo);
    }

    private Mention properName(List<Token> ts, int j, int lo) {
        if (isDiscourse(ts, j, lo) || lex.timeWords.contains(ts.get(j).lower())) {
            return null;
        }
        int k = j;
        while (k - 1 >= lo) {
            Token p = ts.get(k - 1);
            if (p.inQuote()) {
                break;
            }
            if (p.isWord() && p.isUpper() && !isDiscourse(ts, k - 1, lo)) {
                k--;
            } else if (p.text().equals(".") && k - 2 >= lo && abbreviationBefore(ts, k - 1)) {
                k -= 2;
            } else if (CONNECTORS.contains(p.lower())
                    && k - 2 >= lo
                    && (ts.get(k - 2).isUpper() || ts.get(k - 2).text().equals(")"))) {
                k--;
            } else if (p.text().equals(")") && openParen(ts, k - 1, lo) > lo) {
                k = openParen(ts, k - 1, lo);
            } else if (p.lower().equals("the")
                    && k - 3 >= lo
                    && ts.get(k - 2).is("of")
                    && ts.get(k - 3).isUpper()
                    && !ts.get(k - 3).inQuote()) {
                k -= 2; // "Mr. Morgan of the Sierra Club"
            } else if (p.lower().equals("the")) {
                k--;
                break;
            } else {
                break;
            }
        }
        return mention(ts, withRoleNouns(ts, k, lo), j, null);
    }

    /** Extends a name back over a lowercase role ("campaign spokesman Jason Miller"). */
    private int withRoleNouns(List<Token> ts, int k, int lo) {
        if (k - 1 < lo || !isRoleNoun(ts.get(k - 1))) {
            return k;
        }
        int start = k - 1;
        for (int n = 0; start - 1 >= lo && n < 4; n++) {
            Token p = ts.get(start - 1);
            if (p.inQuote() || !p.isWord()) {
                break;
            }
            if (lex.determiners.contains(p.lower())) {
                return start - 1;
            }
            if (p.isUpper()
                    ? isDiscourse(ts, start - 1, lo)
                    : lex.notSpeakers.contains(p.lower())
                            || p.lower().endsWith("ed")
                            || p.lower().endsWith("ing")
                            || p.lower().endsWith("ly")) {
                break;
            }
            start--;
        }
        return start;
    }

    private boolean isRoleNoun(Token t) {
        String w = t.lower();
        if (t.inQuote() || !t.isWord() || t.isUpper() || lex.notSpeakers.contains(w)) {
            return false;
        }
        return lex.titles.contains(w)
                || w.matches(".*(?:man|woman|person|er|or|ist|ent|ant|ary|ive|ee|ian)");
    }

    private Mention commonNoun(List<Token> ts, int j, int lo) {
        String head = ts.get(j).lower();
        if (lex.notSpeakers.contains(head)
                || lex.determiners.contains(head)
                || head.endsWith("ed")
                || head.endsWith("ing")
                || head.endsWith("ly")
                || Character.isDigit(head.charAt(0))) {
            return null;
        }
        int k = j;
        for (int n = 0; k - 1 >= lo && n < 7; n++) {
            Token p = ts.get(k - 1);
            if (p.inQuote() || !p.isWord()) {
                break;
            }
            if (lex.determiners.contains(p.lower())) {
                k--;
                break;
            }
            if (!p.isUpper() && (lex.notSpeakers.contains(p.lower()) || p.lower().endsWith("ed"))) {
                break;
            }
            if (p.isUpper() && isDiscourse(ts, k - 1, lo)) {
                break;
            }
            k--;
        }
        return mention(ts, k, j, null);
    }

    /**
     * The phrase starting at {@code i} after an inverted cue ("said Tatoyan", "said a spokesman").
     */
    Mention after(List<Token> ts, int i, int hi) {
        if (i >= hi) {
            return null;
        }
        Token t = ts.get(i);
        if (t.inQuote() || !t.isWord()) {
            return null;
        }
        if (lex.pronouns.containsKey(t.lower())) {
            return mention(ts, i, i, null);
        }
        int k = i;
        if (t.is("that") || t.is("this")) {
            return null;
        }
        boolean det = lex.determiners.contains(t.lower());
        if (!det && !t.isUpper()) {
            return describedName(ts, i, hi);
        }
        int end = i;
        while (k < hi && k - i < 10) {
            Token c = ts.get(k);
            if (c.inQuote()) {
                break;
            }
            boolean ok =
                    c.isWord() && (c.isUpper() || det && !lex.notSpeakers.contains(c.lower()))
                            || k > i
                                    && CONNECTORS.contains(c.lower())
                                    && k + 1 < hi
                                    && ts.get(k + 1).isUpper()
                            || c.text().equals(".") && k > i && abbreviationBefore(ts, k)
                            || k == i && det;
            if (!ok) {
                break;
            }
            if (c.isWord()) {
                end = k;
            }
            k++;
        }
        return end == i && det ? null : mention(ts, i, end, null);
    }

    /** "said Oda Brenn, the port director.": the apposition after an inverted speaker. */
    Mention trailingApposition(List<Token> ts, Mention sp, int hi) {
        int k = sp.to() + 1;
        if (k + 1 >= hi
                || !ts.get(k).text().equals(",")
                || !lex.determiners.contains(ts.get(k + 1).lower())) {
            return sp;
        }
        int e = k + 1;
        while (e + 1 < hi
                && !ts.get(e + 1).inQuote()
                && !ts.get(e + 1).text().equals(",")
                && !ts.get(e + 1).text().equals(".")
                && e - k < 15) {
            e++;
        }
        return sp.withDescriptor(span(ts, k + 1, e));
    }

    /** "said 9/11 widow Terry Strada": a few description words, then a name ending the clause. */
    private boolean describes(Token t) {
        if (t.inQuote()) {
            return false;
        }
        boolean word = t.isWord() && !t.isUpper() && !lex.notSpeakers.contains(t.lower());
        return word || t.text().equals("/") || t.text().equals("-");
    }

    private Mention describedName(List<Token> ts, int i, int hi) {
        int k = i;
        while (k < hi && k < i + 6 && describes(ts.get(k))) {
            k++; // "9/11 widow Terry Strada"
        }
        if (k == i || k >= hi || !ts.get(k).isUpper() || ts.get(k).inQuote()) {
            return null;
        }
        Mention name = after(ts, k, hi);
        return name == null ? null : mention(ts, i, name.to(), null);
    }

    private boolean abbreviationBefore(List<Token> ts, int dot) {
        Token w = ts.get(dot - 1);
        boolean initial = w.text().length() == 1 && w.isUpper();
        return w.end() == ts.get(dot).start()
                && (initial || lex.sentenceAbbreviations.contains(w.text()));
    }

    private boolean isDiscourse(List<Token> ts, int k, int lo) {
        boolean initial =
                k == lo || ts.get(k - 1).text().equals(",") || Sentences.isMark(ts.get(k - 1));
        return initial && lex.discourse.contains(ts.get(k).text());
    }

    private static int openParen(List<Token> ts, int close, int lo) {
        for (int k = close - 1; k >= lo && k >= close - 8; k--) {
            if (ts.get(k).text().equals("(")) {
                return k;
            }
        }
        return -1;
    }

    private Mention mention(List<Token> ts, int from, int to, String descriptor) {
        int s = ts.get(from).start();
        int e = ts.get(to).end();
        return new Mention(from, to, s, e, text.substring(s, e), descriptor);
    }

    String span(List<Token> ts, int from, int to) {
        return from > to ? "" : text.substring(ts.get(from).start(), ts.get(to).end());
    }
}
