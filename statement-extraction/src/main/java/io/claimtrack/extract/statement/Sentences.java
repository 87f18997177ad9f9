package io.claimtrack.extract.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence boundaries over a block's tokens; a quote is never split, so "“A. B,” he said" is one.
 */
final class Sentences {

    private Sentences() {}

    /** Token ranges {@code {from, to}} of the sentences in {@code ts}. */
    static List<int[]> split(List<Token> ts, Lexicon lex) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < ts.size(); i++) {
            if (endsSentence(ts, i, lex)) {
                out.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        if (from < ts.size()) {
            out.add(new int[] {from, ts.size()});
        }
        return out;
    }

    private static boolean endsSentence(List<Token> ts, int i, Lexicon lex) {
        if (i + 1 >= ts.size()) {
            return false;
        }
        Token t = ts.get(i);
        Token next = ts.get(i + 1);
        if (t.inQuote()) {
            // only at a closing mark that follows the quote's own final stop
            boolean closing = next.quote() != t.quote();
            boolean lastOfQuote = i > 0 && isStop(ts.get(i - 1)) && isMark(t) && closing;
            return lastOfQuote && startsSentence(next);
        }
        if (!isStop(t)) {
            return false;
        }
        if (t.text().equals(".") && i > 0 && ts.get(i - 1).end() == t.start()) {
            Token prev = ts.get(i - 1);
            if (lex.sentenceAbbreviations.contains(prev.text())
                    || (prev.text().length() == 1
                            && Character.isUpperCase(prev.text().charAt(0)))) {
                return false;
            }
        }
        if (next.inQuote() && next.quote() == t.quote()) {
            return false;
        }
        return startsSentence(next) || isMark(next) && i + 2 < ts.size();
    }

    private static boolean startsSentence(Token t) {
        char c = t.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || QuoteScanner.isOpener(c);
    }

    private static boolean isStop(Token t) {
        String s = t.text();
        return s.equals(".") || s.equals("!") || s.equals("?") || s.equals("…");
    }

    static boolean isMark(Token t) {
        char c = t.text().charAt(0);
        return t.text().length() == 1 && "“”\"«»„‘’".indexOf(c) >= 0;
    }
}
