package io.claimtrack.extract.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans in body paragraphs, in the common styles (“ ”, " ", « », „ “) and across
 * paragraphs when a paragraph ends inside a quote and the next one reopens it. Linear in the text.
 */
final class QuoteScanner {

    /** A quote {@code [start, end)} including its marks; {@code closed} is false if it ran out. */
    record Quote(int start, int end, boolean closed) {}

    private QuoteScanner() {}

    static boolean isOpener(char c) {
        return c == '“' || c == '"' || c == '«' || c == '„';
    }

    private static boolean closes(char open, char c) {
        return switch (open) {
            case '“', '”' -> c == '”' || c == '"';
            case '"' -> c == '"' || c == '”';
            case '«' -> c == '»';
            case '„' -> c == '“' || c == '”';
            default -> false;
        };
    }

    static List<Quote> scan(String text, List<Layout.Paragraph> body) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        int nested = 0;
        char openChar = 0;
        boolean singles = !hasDoubleQuotes(text, body);
        for (int pi = 0; pi < body.size(); pi++) {
            Layout.Paragraph p = body.get(pi);
            int from = p.start();
            if (open >= 0) {
                from++; // the reopening mark of a continued quote
            }
            for (int i = from; i < p.end(); i++) {
                char c = text.charAt(i);
                if (open < 0) {
                    boolean misused =
                            c == '”'
                                    && (i == p.start() || text.charAt(i - 1) == ' ')
                                    && i + 1 < p.end()
                                    && text.charAt(i + 1) != ' ';
                    if (misused || isOpener(c) && !(c == '"' && wordBefore(text, i, p.start()))) {
                        open = i;
                        openChar = c;
                    } else if (singles && singleOpener(text, i, p)) {
                        open = i;
                        openChar = '‘';
                    }
                } else if (openChar == '‘') {
                    if (singleCloser(text, i, p)) {
                        out.add(new Quote(open, i + 1, true));
                        open = -1;
                    }
                } else if (closes(openChar, c) && nested > 0) {
                    nested--;
                } else if (closes(openChar, c)) {
                    out.add(new Quote(open, i + 1, true));
                    open = -1;
                } else if (c == openChar
                        && c != '"'
                        && i > p.start()
                        && text.charAt(i - 1) == ' ') {
                    if (nestedAt(text, i, p.end(), openChar)) {
                        nested++; // “... what he calls “hell” than ...”
                    } else {
                        // a new opener before any closer: the earlier quote was never closed
                        out.add(new Quote(open, trimEnd(text, open, i), false));
                        open = i;
                    }
                }
            }
            if (open >= 0) {
                boolean continues =
                        pi + 1 < body.size() && text.charAt(body.get(pi + 1).start()) == openChar;
                if (!continues) {
                    out.add(new Quote(open, p.end(), false));
                    open = -1;
                }
                nested = 0;
            }
        }
        return out;
    }

    /** British style: ‘…’ or '…' are the quotes of a text without any double quotation marks. */
    private static boolean hasDoubleQuotes(String text, List<Layout.Paragraph> body) {
        for (Layout.Paragraph p : body) {
            for (int i = p.start(); i < p.end(); i++) {
                char c = text.charAt(i);
                if (c == '“' || c == '”' || c == '"' || c == '«' || c == '„') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean singleOpener(String text, int i, Layout.Paragraph p) {
        char c = text.charAt(i);
        boolean mark = c == '‘' || c == '\'';
        boolean before = i == p.start() || " (—–\n".indexOf(text.charAt(i - 1)) >= 0;
        return mark && before && i + 1 < p.end() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean singleCloser(String text, int i, Layout.Paragraph p) {
        char c = text.charAt(i);
        boolean after = i + 1 >= p.end() || !Character.isLetterOrDigit(text.charAt(i + 1));
        return (c == '’' || c == '\'') && after && !Character.isWhitespace(text.charAt(i - 1));
    }

    /** A second opener is nested when two closers follow it before any other opener. */
    private static boolean nestedAt(String text, int i, int end, char openChar) {
        int closers = 0;
        for (int k = i + 1; k < Math.min(end, i + 2000); k++) {
            char c = text.charAt(k);
            if (c == openChar) {
                return false;
            }
            if (closes(openChar, c) && ++closers == 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordBefore(String text, int i, int min) {
        return i > min && Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static int trimEnd(String text, int s, int e) {
        while (e > s + 1 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
