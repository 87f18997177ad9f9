package io.claimtrack.extract.statement;

import java.util.List;
import java.util.Set;

/**
 * The attribution rules for one sentence: a cue with its speaker before ("Tatoyan said that ...",
 * "the statement reads") or after ("said Tatoyan"), content after the cue or before the speaker,
 * quotes interrupted by their attribution, "according to X", "“...” ― Name", and quotes that
 * continue the previous speaker.
 */
final class AttributionRules {

    /** A cue of {@code length} tokens and its lexicon conditions. */
    private record Hit(
            int length, boolean document, boolean quote, boolean according, boolean noun) {}

    private static final Set<String> PREPOSITIONS =
            Set.of("of", "in", "for", "at", "with", "from", "on");

    private final Lexicon lex;
    private final String text;
    private final SpeakerFinder finder;
    private final ContentSpans spans;
    private final Document doc;
    private final SpecialForms forms;

    AttributionRules(Lexicon lex, String text, Document doc) {
        this.lex = lex;
        this.text = text;
        this.finder = new SpeakerFinder(lex, text);
        this.spans = new ContentSpans(lex);
        this.doc = doc;
        this.forms = new SpecialForms(lex, finder, doc);
    }

    /** Adds the statements of sentence {@code [a, b)} of {@code ts} to the document. */
    void sentence(List<Token> ts, int a, int b, int paragraph) {
        int used = a;
        boolean any = false;
        Mention last = null;
        for (int i = a; i < b; i++) {
            Token t = ts.get(i);
            if (i < used || t.inQuote()) {
                continue;
            }
            Found f = null;
            int len = 1;
            if (!t.isWord()) {
                f = forms.dash(ts, a, b, i, paragraph);
            } else {
                forms.noteIssuer(ts, a, i);
                Hit hit = cueAt(ts, i, b);
                if (hit != null) {
                    len = hit.length();
                    f = attempt(ts, a, b, i, hit, used, last, paragraph);
                }
            }
            if (f != null) {
                doc.pending = null;
                doc.found.add(f);
                any = true;
                last = f.speaker();
                used = Math.max(i + len, ContentSpans.tokenAt(ts, f.end(), i, b));
                i = used - 1;
            }
        }
        if (!any) {
            forms.continuation(ts, a, b, paragraph);
        }
    }

    private Hit cueAt(List<Token> ts, int i, int b) {
        Token t = ts.get(i);
        if (t.is("according") && i + 1 < b && ts.get(i + 1).is("to")) {
            return new Hit(2, false, false, true, false);
        }
        List<Lexicon.Cue> cues = lex.cuesByFirstWord.get(t.lower());
        if (cues == null) {
            return null;
        }
        for (Lexicon.Cue c : cues) {
            int n = c.words().size();
            boolean ok = i + n <= b;
            for (int k = 1; k < n && ok; k++) {
                Token x = ts.get(i + k);
                ok = !x.inQuote() && x.is(c.words().get(k));
            }
            if (ok && !(c.alsoNoun() && spans.nounUse(ts, i, b))) {
                return new Hit(n, c.documentOnly(), c.needsQuote(), false, c.alsoNoun());
            }
        }
        return null;
    }

    private Found attempt(
            List<Token> ts, int a, int b, int i, Hit hit, int used, Mention last, int para) {
        int lo = Math.max(a, used);
        int ce = i + hit.length();
        String cue = text.substring(ts.get(i).start(), ts.get(ce - 1).end());
        if (hit.according()) {
            return accordingTo(ts, lo, b, i, ce, para, cue);
        }
        if (ts.get(i).isUpper()) {
            return i == a ? forms.saidName(ts, b, ce, cue, para) : null;
        }
        if (ce < b && ts.get(ce).is("by")) {
            return null; // passive: "acknowledged by the government"
        }
        Mention sp = finder.before(ts, i, lo);
        if (hit.document() && (sp == null || !isDocument(sp))) {
            return null;
        }
        if (sp != null) {
            return withSpeakerBefore(ts, lo, b, i, ce, sp, cue, para, hit);
        }
        if (coordinated(ts, lo, i)) {
            Mention subject = last != null ? last : subject(ts, a, i);
            int cs = spans.start(ts, ce, b, cue);
            return subject == null || cs >= b
                    ? null
                    : found(ts, cs, spans.end(ts, cs, b), cue, subject, para, hit, null);
        }
        if ((i > lo || last != null && i > a) && invertedAt(ts, i - 1)) {
            boolean participle = ts.get(i).lower().endsWith("ing");
            sp = participle ? null : finder.after(ts, ce, b);
            if (sp != null
                    && sp.from() == sp.to()
                    && lex.pronouns.containsKey(ts.get(sp.from()).lower())
                    && sp.to() + 1 < b
                    && ts.get(sp.to() + 1).isWord()) {
                // "Trump, speaking in Virginia, said he would ...": "he" opens the content
                Mention subject = subject(ts, a, i);
                return subject == null
                        ? null
                        : found(ts, ce, spans.end(ts, ce, b), cue, subject, para, hit, null);
            }
            Mention subject = last != null ? last : participle ? subject(ts, a, i) : null;
            if (sp == null && subject != null && participle) {
                int cs = spans.start(ts, ce, b, cue);
                return found(ts, cs, spans.end(ts, cs, b), cue, subject, para, hit, null);
            }
            if (sp == null) {
                return null;
            }
            sp = finder.trailingApposition(ts, sp, b);
            int end = resumeAt(ts, sp.to() + 1, b) >= 0 ? b : i;
            return found(ts, lo, end, cue, sp, para, hit, null);
        }
        return null;
    }

    private Found withSpeakerBefore(
            List<Token> ts,
            int lo,
            int b,
            int i,
            int ce,
            Mention sp,
            String cue,
            int para,
            Hit hit) {
        int cs = spans.start(ts, ce, b, cue);
        int resume = cs < b && ts.get(cs).text().equals(",") ? resumeAt(ts, cs, b) : -1;
        boolean commaQuote = resume >= 0;
        boolean nothingAfter =
                cs >= b
                        || ContentSpans.words(ts, cs, b) < 2
                        || ts.get(cs).text().equals(",") && !commaQuote
                        || shortTail(ts, lo, sp, cs, b);
        boolean contentBefore =
                sp.from() > lo
                        && ContentSpans.words(ts, lo, sp.from()) >= 2
                        && invertedAt(ts, sp.from() - 1);
        if (!contentBefore) {
            sp = widenToComma(ts, lo, sp);
            contentBefore =
                    sp.from() > lo
                            && ContentSpans.words(ts, lo, sp.from()) >= 2
                            && invertedAt(ts, sp.from() - 1);
        }
        String prefix = prefix(ts, lo, sp);
        if (commaQuote && !ContentSpans.opensQuote(ts, lo, b)) {
            contentBefore = false; // "Asked about it, Smith said, “...”": the content is the quote
        }
        if (contentBefore && (nothingAfter || commaQuote)) {
            boolean aside = !commaQuote && parenthetical(ts, cs, b);
            return found(
                    ts,
                    lo,
                    commaQuote
                            ? spans.end(ts, resume, b)
                            : aside ? spans.end(ts, lo, b) : sp.from(),
                    cue,
                    sp,
                    para,
                    hit,
                    null);
        }
        if (nothingAfter) {
            if (cs > ce && ts.get(cs - 1).text().equals(":")
                    || ce < b && ts.get(ce).text().equals(":")) {
                doc.pending = new Found(0, 0, Kind.DIRECT, cue, sp, false, para, prefix);
            }
            return null;
        }
        if (ts.get(cs).isWord() && lex.auxiliaries.contains(ts.get(cs).lower()) && !hit.noun()) {
            return null; // "everything he says is", not speech
        }
        int from = commaQuote ? resume : cs;
        int end = ts.get(from).inQuote() ? b : spans.end(ts, from, b);
        if (hit.quote() && end < b && ContentSpans.kind(ts, from, b) != Kind.INDIRECT) {
            hit = new Hit(hit.length(), hit.document(), false, false, hit.noun());
        }
        return found(ts, from, end, cue, sp, para, hit, prefix);
    }

    /** "Tulsa police Chief Chuck Jordan": role words between a comma or quote and the name. */
    private Mention widenToComma(List<Token> ts, int lo, Mention sp) {
        int k = sp.from() - 1;
        int n = 0;
        while (k >= lo
                && n < 6
                && ts.get(k).isWord()
                && !ts.get(k).inQuote()
                && (!lex.notSpeakers.contains(ts.get(k).lower())
                        || PREPOSITIONS.contains(ts.get(k).lower()))) {
            k--;
            n++;
        }
        if (n == 0 || k < lo || !invertedAt(ts, k)) {
            return sp;
        }
        int s = ts.get(k + 1).start();
        return new Mention(
                k + 1, sp.to(), s, sp.end(), text.substring(s, sp.end()), sp.descriptor());
    }

    /** The proper name or pronoun opening the sentence, as the subject of a participle cue. */
    private Mention subject(List<Token> ts, int a, int i) {
        int k = a;
        while (k < i && (lex.discourse.contains(ts.get(k).text()) || !ts.get(k).isWord())) {
            k++;
        }
        if (k >= i || ts.get(k).inQuote()) {
            return null;
        }
        Token t = ts.get(k);
        boolean named = t.isUpper() || lex.pronouns.containsKey(t.lower());
        return named && !lex.determiners.contains(t.lower()) ? finder.after(ts, k, i) : null;
    }

    private Found accordingTo(List<Token> ts, int lo, int b, int i, int ce, int para, String cue) {
        Mention sp = finder.after(ts, ce, b);
        if (sp == null) {
            int k = ce;
            while (k < b && k < ce + 8 && ts.get(k).isWord() && !ts.get(k).inQuote()) {
                k++;
            }
            if (k > ce && ts.get(k - 1).isUpper()) {
                sp = finder.endingAt(ts, k - 1, ce); // "according to talk radio host Rush Limbaugh"
                sp = sp == null ? null : widenToComma(ts, ce, sp);
            }
        }
        if (sp == null) {
            return null;
        }
        Hit h = new Hit(2, false, false, true, false);
        if (ContentSpans.words(ts, lo, i) <= 1) {
            int from = sp.to() + 1;
            return found(ts, from, spans.end(ts, from, b), cue, sp, para, h, null);
        }
        return found(ts, lo, i, cue, sp, para, h, null);
    }

    private static Found found(
            List<Token> ts,
            int from,
            int to,
            String cue,
            Mention sp,
            int para,
            Hit hit,
            String prefix) {
        return ContentSpans.found(ts, from, to, cue, sp, para, hit.quote(), prefix);
    }

    /**
     * "“…,” she said several months after her release.": a short tail after a quote is no content.
     */
    private boolean shortTail(List<Token> ts, int lo, Mention sp, int cs, int b) {
        return cs < b
                && sp.from() > lo
                && ContentSpans.opensQuote(ts, lo, b)
                && invertedAt(ts, sp.from() - 1)
                && !ts.get(cs).is("that")
                && ContentSpans.words(ts, cs, b) <= 6
                && ContentSpans.kind(ts, cs, b) == Kind.INDIRECT;
    }

    /** "She stressed A and said B": a cue that shares the subject of an earlier verb. */
    private boolean coordinated(List<Token> ts, int lo, int i) {
        int j = i - 1;
        while (j > lo && !ts.get(j).inQuote() && lex.cueModifiers.contains(ts.get(j).lower())) {
            j--;
        }
        return j > lo && ts.get(j).is("and") && !ts.get(j).inQuote();
    }

    /** "A, he said, B": an attribution in the middle of the reported sentence. */
    private boolean parenthetical(List<Token> ts, int cs, int b) {
        if (cs + 2 >= b || !ts.get(cs).text().equals(",")) {
            return false;
        }
        Token n = ts.get(cs + 1);
        return n.isWord()
                && !n.inQuote()
                && !n.lower().endsWith("ing")
                && !lex.cuesByFirstWord.containsKey(n.lower())
                && !lex.conjunctions.contains(n.lower())
                && !lex.clauseBreaks.contains(n.lower());
    }

    /** After an attribution, ", “" means the quote goes on: "“A,” she said, “B.”". */
    private int resumeAt(List<Token> ts, int k, int b) {
        if (k >= b || !ts.get(k).text().equals(",")) {
            return -1;
        }
        // "“A,” Tester said, referring to the excuse, “B.”" / "“A,” he said, but “B.”"
        for (int q = k + 1; q < b && q <= k + 12; q++) {
            Token t = ts.get(q);
            if (ContentSpans.opensQuote(ts, q, b)) {
                Token p = ts.get(q - 1);
                boolean joined =
                        p.text().equals(",") || p.is("but") || p.is("and") || p.is("still");
                return joined ? q : -1;
            }
            if (t.inQuote()
                    || t.text().equals(".")
                    || t.text().equals(";")
                    || !t.isUpper() && lex.cuesByFirstWord.containsKey(t.lower())) {
                return -1; // "“A,” Trump said, adding later, “B.”" is two statements
            }
        }
        return -1;
    }

    private static boolean invertedAt(List<Token> ts, int k) {
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
        if (sp.from() <= a || sp.from() - a > 20) {
            return null;
        }
        for (int k = a; k < sp.from(); k++) {
            if (ts.get(k).inQuote()) {
                return null;
            }
        }
        return finder.span(ts, a, sp.from() - 1);
    }
}
