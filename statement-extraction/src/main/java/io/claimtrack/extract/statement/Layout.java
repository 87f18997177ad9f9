package io.claimtrack.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits text into paragraphs and keeps the article body: no captions, bios or reader comments. */
final class Layout {

    /** A paragraph {@code [start, end)} of the text, trimmed. */
    record Paragraph(int start, int end) {}

    private Layout() {}

    /**
     * Paragraphs separated by blank lines (or by single newlines when there are no blank lines).
     */
    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int s = i;
            int e = lineEnd;
            // extend over following non-blank lines: a paragraph ends at a blank line
            while (e < n) {
                int next = text.indexOf('\n', e + 1);
                int nextEnd = next < 0 ? n : next;
                if (text.substring(e + 1, nextEnd).isBlank()
                        || startsNewBlock(text, e + 1)
                        || endsParagraph(text, s, e)) {
                    break;
                }
                e = nextEnd;
            }
            addTrimmed(text, s, e, out);
            i = e + 1;
        }
        return out;
    }

    /**
     * A single line break also ends a paragraph when the line ends a sentence: texts without blank
     * lines put one paragraph per line, while hard-wrapped text rarely breaks right after a stop.
     */
    private static boolean endsParagraph(String text, int s, int e) {
        int k = e - 1;
        while (k > s && Character.isSpaceChar(text.charAt(k))) {
            k--;
        }
        return k > s && ".!?”\"’:".indexOf(text.charAt(k)) >= 0;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Indented list items (numbered comments, bullets) start a block of their own. */
    private static boolean startsNewBlock(String text, int lineStart) {
        int j = lineStart;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '•';
    }

    private static void addTrimmed(String text, int s, int e, List<Paragraph> out) {
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Paragraph(s, e));
        }
    }

    /**
     * The body paragraphs: the article stops at comments or a trailing bio; captions are dropped.
     */
    static List<Paragraph> body(String text, Lexicon lex) {
        List<Paragraph> all = paragraphs(text);
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Paragraph p = all.get(i);
            String s = text.substring(p.start(), p.end());
            boolean late = i >= all.size() / 2;
            if (matches(lex.ends, s) || (late && i > 0 && matches(lex.bios, s))) {
                dropTrailingNames(text, out);
                break;
            }
            if (!matches(lex.captions, s) && !matches(lex.bios, s)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Bylines just before a bio ("Jane Doe" on a line of its own) are not article text either. */
    private static void dropTrailingNames(String text, List<Paragraph> out) {
        while (!out.isEmpty()) {
            Paragraph last = out.get(out.size() - 1);
            String s = text.substring(last.start(), last.end());
            if (s.length() > 60 || s.matches(".*[.!?:;”\"]$")) {
                return;
            }
            out.remove(out.size() - 1);
        }
    }

    private static boolean matches(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }
}
